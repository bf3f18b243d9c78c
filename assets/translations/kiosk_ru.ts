<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
    <context>
        <name>AttractScreen</name>
        <message>
            <source>%1 logo</source>
            <translation>Логотип %1</translation>
        </message>
        <message>
            <source>Scan your card</source>
            <translation>Отсканируйте карту</translation>
        </message>
        <message>
            <source>Hold your card's barcode under the scanner below the screen.</source>
            <translation>Поднесите штрихкод карты к сканеру под экраном.</translation>
        </message>
        <message>
            <source>Hold your card's barcode in front of the scanner on the left.</source>
            <translation>Поднесите штрихкод карты к сканеру слева.</translation>
        </message>
        <message>
            <source>Hold your card's barcode in front of the scanner on the right.</source>
            <translation>Поднесите штрихкод карты к сканеру справа.</translation>
        </message>
        <message>
            <source>Animation: a card moving to the scanner</source>
            <translation>Анимация: карта движется к сканеру</translation>
        </message>
        <message>
            <source>No card? Use your phone number</source>
            <translation>Нет карты? Войдите по номеру телефона</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Высокий контраст</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Крупный текст</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Язык: %1</translation>
        </message>
        <message>
            <source>Demo: tap a card to scan it with the simulated scanner</source>
            <translation>Демо: нажмите на карту, чтобы отсканировать её виртуальным сканером</translation>
        </message>
        <message>
            <source>A new card</source>
            <translation>Новая карта</translation>
        </message>
        <message>
            <source>A misread scan</source>
            <translation>Ошибка сканирования</translation>
        </message>
        <message>
            <source>Staff card</source>
            <translation>Карта сотрудника</translation>
        </message>
        <message>
            <source>Device status</source>
            <translation>Состояние устройств</translation>
        </message>
    </context>
    <context>
        <name>AuditCounts</name>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n балл</numerusform>
                <numerusform>%n балла</numerusform>
                <numerusform>%n баллов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Nothing was recorded for these filters.</source>
            <translation>По этим фильтрам ничего не записано.</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s), newest first.</source>
            <translation>
                <numerusform>%n действие, новые сверху.</numerusform>
                <numerusform>%n действия, новые сверху.</numerusform>
                <numerusform>%n действий, новые сверху.</numerusform>
            </translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Журнал действий</translation>
        </message>
        <message>
            <source>Audit log: who did what</source>
            <translation>Журнал действий: кто что сделал</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Вчера</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Последние 7 дней</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Всё</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Покупки</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Возвраты</translation>
        </message>
        <message>
            <source>Vouchers</source>
            <translation>Купоны</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Персонал</translation>
        </message>
        <message>
            <source>Rewards and causes</source>
            <translation>Награды и благотворительность</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Что произошло</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
    </context>
    <context>
        <name>AuditSentences</name>
        <message>
            <source>%1 recorded a purchase of %2 for member #%3 (receipt %4).</source>
            <translation>%1: записана покупка на %2 для участника №%3 (чек %4).</translation>
        </message>
        <message>
            <source>%1 refunded %2 on receipt %4 for member #%3.</source>
            <translation>%1: возврат %2 по чеку %4 участника №%3.</translation>
        </message>
        <message>
            <source>%1 redeemed voucher %2 (%3).</source>
            <translation>%1: погашен купон %2 (%3).</translation>
        </message>
        <message>
            <source>%1 printed voucher %2 again, marked DUPLICATE.</source>
            <translation>%1: купон %2 напечатан повторно с пометкой ДУБЛИКАТ.</translation>
        </message>
        <message>
            <source>%1 voided voucher %2; its points went back to the member.</source>
            <translation>%1: купон %2 аннулирован; баллы вернулись участнику.</translation>
        </message>
        <message>
            <source>%1 enrolled member #%2 with card %3.</source>
            <translation>%1: зарегистрирован участник №%2 с картой %3.</translation>
        </message>
        <message>
            <source>%1 changed member #%2: %3.</source>
            <translation>%1: изменены данные участника №%2: %3.</translation>
        </message>
        <message>
            <source>%1 blocked member #%2.</source>
            <translation>%1: участник №%2 заблокирован.</translation>
        </message>
        <message>
            <source>%1 unblocked member #%2.</source>
            <translation>%1: участник №%2 разблокирован.</translation>
        </message>
        <message>
            <source>%1 merged member #%3 into member #%2.</source>
            <translation>%1: участник №%3 объединён с участником №%2.</translation>
        </message>
        <message>
            <source>%1 erased member #%2 on request.</source>
            <translation>%1: данные участника №%2 удалены по его просьбе.</translation>
        </message>
        <message>
            <source>The phone look-up of member #%2 was locked after too many wrong PINs.</source>
            <translation>Поиск по телефону участника №%2 заблокирован после слишком многих неверных PIN-кодов.</translation>
        </message>
        <message>
            <source>The card of member #%2 was scanned: their phone look-up is unlocked.</source>
            <translation>Отсканирована карта участника №%2: поиск по телефону разблокирован.</translation>
        </message>
        <message>
            <source>%1 unlocked the phone look-up of member #%2.</source>
            <translation>%1: поиск по телефону участника №%2 разблокирован.</translation>
        </message>
        <message>
            <source>%1 gave member #%2 a new card %3 and blocked card %4.</source>
            <translation>%1: участнику №%2 выдана новая карта %3, карта %4 заблокирована.</translation>
        </message>
        <message>
            <source>%1 adjusted the points of member #%2 by %3; the balance is now %4.</source>
            <translation>%1: баллы участника №%2 изменены на %3; теперь на счёте %4.</translation>
        </message>
        <message>
            <source>%1 added %2 as a %3.</source>
            <translation>%1: добавлен сотрудник %2 (роль: %3).</translation>
        </message>
        <message>
            <source>%1 added %2 as a %3 of shop %4.</source>
            <translation>%1: добавлен сотрудник %2 магазина %4 (роль: %3).</translation>
        </message>
        <message>
            <source>%1 added the shop %2.</source>
            <translation>%1: добавлен магазин %2.</translation>
        </message>
        <message>
            <source>%1 changed the shop %2: %3.</source>
            <translation>%1: изменён магазин %2: %3.</translation>
        </message>
        <message>
            <source>%1 changed the staff account of %2: %3.</source>
            <translation>%1: изменена учётная запись сотрудника %2: %3.</translation>
        </message>
        <message>
            <source>%1 changed the PIN of %2.</source>
            <translation>%1: изменён PIN-код сотрудника %2.</translation>
        </message>
        <message>
            <source>%1 locked the account of %2.</source>
            <translation>%1: учётная запись %2 заблокирована.</translation>
        </message>
        <message>
            <source>%1 unlocked the account of %2.</source>
            <translation>%1: учётная запись %2 разблокирована.</translation>
        </message>
        <message>
            <source>The account of %2 was locked after too many wrong PINs, until %3.</source>
            <translation>Учётная запись %2 заблокирована до %3 после слишком многих неверных PIN-кодов.</translation>
        </message>
        <message>
            <source>%1 logged in.</source>
            <translation>%1: вход в систему.</translation>
        </message>
        <message>
            <source>%1 logged in with their staff card.</source>
            <translation>%1: вход по карте сотрудника.</translation>
        </message>
        <message>
            <source>Someone typed a wrong PIN for %2.</source>
            <translation>Введён неверный PIN-код для %2.</translation>
        </message>
        <message>
            <source>Someone typed a wrong PIN with the staff card of %2.</source>
            <translation>Введён неверный PIN-код с картой сотрудника %2.</translation>
        </message>
        <message>
            <source>Logging in with the staff card of %2 was locked after too many wrong PINs, until %3.</source>
            <translation>Вход по карте сотрудника %2 заблокирован до %3 после слишком многих неверных PIN-кодов.</translation>
        </message>
        <message>
            <source>%1 logged out.</source>
            <translation>%1: выход из системы.</translation>
        </message>
        <message>
            <source>%1 was logged out: nobody touched the screen.</source>
            <translation>%1: автоматический выход — экрана никто не касался.</translation>
        </message>
        <message>
            <source>%1 added the reward “%2”.</source>
            <translation>%1: добавлена награда «%2».</translation>
        </message>
        <message>
            <source>%1 changed reward #%2: %3.</source>
            <translation>%1: изменена награда №%2: %3.</translation>
        </message>
        <message>
            <source>%1 offered reward #%2 again.</source>
            <translation>%1: награда №%2 снова предлагается.</translation>
        </message>
        <message>
            <source>%1 stopped offering reward #%2.</source>
            <translation>%1: награда №%2 больше не предлагается.</translation>
        </message>
        <message>
            <source>%1 added the donation cause “%2”.</source>
            <translation>%1: добавлен благотворительный проект «%2».</translation>
        </message>
        <message>
            <source>%1 changed donation cause #%2: %3.</source>
            <translation>%1: изменён благотворительный проект №%2: %3.</translation>
        </message>
        <message>
            <source>%1 offered donation cause #%2 again.</source>
            <translation>%1: благотворительный проект №%2 снова предлагается.</translation>
        </message>
        <message>
            <source>%1 stopped offering donation cause #%2.</source>
            <translation>%1: благотворительный проект №%2 больше не предлагается.</translation>
        </message>
        <message>
            <source>%1 changed the programme rules, in force from %2.</source>
            <translation>%1: изменены правила программы, действуют с %2.</translation>
        </message>
        <message>
            <source>%1 printed a test page.</source>
            <translation>%1: напечатана пробная страница.</translation>
        </message>
        <message>
            <source>%1 saved the report “%2” as a CSV file.</source>
            <translation>%1: отчёт «%2» сохранён в файл CSV.</translation>
        </message>
        <message>
            <source>%1 printed a summary of the report “%2”.</source>
            <translation>%1: напечатана сводка отчёта «%2».</translation>
        </message>
        <message>
            <source>%1 set a new phone PIN for member #%2.</source>
            <translation>%1 установил(а) новый PIN для входа по телефону участнику №%2.</translation>
        </message>
        <message>
            <source>Member #%2 received the birthday bonus of %3 points.</source>
            <translation>Участник №%2 получил бонус ко дню рождения: %3 баллов.</translation>
        </message>
        <message>
            <source>%1 moved %3 points from member #%2 to member #%4.</source>
            <translation>%1 перенёс(ла) %3 баллов участника №%2 участнику №%4.</translation>
        </message>
        <message>
            <source>%1 wrote off %2 expired points and %3 expired vouchers.</source>
            <translation>%1 списал(а) просроченные баллы (%2) и просроченные купоны (%3).</translation>
        </message>
        <message>
            <source>%1 donated %3 points of member #%2 to a cause.</source>
            <translation>%1 пожертвовал(а) %3 баллов участника №%2 на благое дело.</translation>
        </message>
        <message>
            <source>%1 spent %3 points of member #%2 on voucher %4.</source>
            <translation>%1 потратил(а) %3 баллов участника №%2 на купон %4.</translation>
        </message>
        <message>
            <source>%1 made a backup of the database (%2).</source>
            <translation>%1 сделал(а) резервную копию базы данных (%2).</translation>
        </message>
        <message>
            <source>%1 restored the database from the backup %2.</source>
            <translation>%1 восстановил(а) базу данных из резервной копии %2.</translation>
        </message>
        <message>
            <source>%1 imported members with their opening balances from %3: new %2, already there %4.</source>
            <translation>%1 загрузил(а) участников с начальными балансами из %3: новых %2, уже было %4.</translation>
        </message>
        <message>
            <source>%1 exported %3 (members: %2).</source>
            <translation>%1 выгрузил(а) %3 (участников: %2).</translation>
        </message>
        <message>
            <source>%1: %2 (%3).</source>
            <translation>%1: %2 (%3).</translation>
        </message>
        <message>
            <source>the marketing list</source>
            <translation>список для рассылки</translation>
        </message>
        <message>
            <source>all active members</source>
            <translation>всех активных участников</translation>
        </message>
        <message>
            <source>The kiosk</source>
            <translation>Киоск</translation>
        </message>
        <message>
            <source>The customer</source>
            <translation>Покупатель</translation>
        </message>
        <message>
            <source>The kiosk's schedule</source>
            <translation>Расписание киоска</translation>
        </message>
        <message>
            <source>The demo set-up</source>
            <translation>Демо-настройка</translation>
        </message>
        <message>
            <source>name</source>
            <translation>имя</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>телефон</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>эл. почта</translation>
        </message>
        <message>
            <source>birthday</source>
            <translation>день рождения</translation>
        </message>
        <message>
            <source>language</source>
            <translation>язык</translation>
        </message>
        <message>
            <source>marketing consent</source>
            <translation>согласие на рассылку</translation>
        </message>
        <message>
            <source>role</source>
            <translation>роль</translation>
        </message>
        <message>
            <source>staff card</source>
            <translation>карта сотрудника</translation>
        </message>
        <message>
            <source>active</source>
            <translation>активен</translation>
        </message>
        <message>
            <source>description</source>
            <translation>описание</translation>
        </message>
        <message>
            <source>points</source>
            <translation>баллы</translation>
        </message>
        <message>
            <source>minimum tier</source>
            <translation>минимальный уровень</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>остаток</translation>
        </message>
        <message>
            <source>days valid</source>
            <translation>срок действия</translation>
        </message>
        <message>
            <source>offered from</source>
            <translation>предлагается с</translation>
        </message>
        <message>
            <source>offered until</source>
            <translation>предлагается до</translation>
        </message>
        <message>
            <source>picture</source>
            <translation>изображение</translation>
        </message>
        <message>
            <source>translated names</source>
            <translation>переводы названия</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>менеджер</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>кассир</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>покупатель</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>владелец</translation>
        </message>
        <message>
            <source>system</source>
            <translation>система</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Активность</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Удержание</translation>
        </message>
        <message>
            <source>Redemptions</source>
            <translation>Погашения</translation>
        </message>
        <message>
            <source>Liability</source>
            <translation>Обязательства</translation>
        </message>
        <message>
            <source>Top customers</source>
            <translation>Лучшие покупатели</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>Уровни</translation>
        </message>
        <message>
            <source>Birthdays</source>
            <translation>Дни рождения</translation>
        </message>
    </context>
    <context>
        <name>BackOfficeLogin</name>
        <message>
            <source>Type your name first.</source>
            <translation>Сначала введите своё имя.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits.</source>
            <translation>PIN состоит из 4–6 цифр.</translation>
        </message>
        <message>
            <source>The two PINs differ. Type them again.</source>
            <translation>PIN-коды не совпадают. Введите их ещё раз.</translation>
        </message>
        <message>
            <source>Create the first manager</source>
            <translation>Создайте первого менеджера</translation>
        </message>
        <message>
            <source>Loyalty back office</source>
            <translation>Офис программы лояльности</translation>
        </message>
        <message>
            <source>No staff accounts yet. The first account is a manager who can add the others.</source>
            <translation>Учётных записей сотрудников пока нет. Первая учётная запись — менеджер, который сможет добавить остальных.</translation>
        </message>
        <message>
            <source>Type or pick your name, then your PIN, and press Enter.</source>
            <translation>Введите или выберите своё имя, затем PIN-код, и нажмите Enter.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Повторите PIN</translation>
        </message>
        <message>
            <source>Create manager</source>
            <translation>Создать менеджера</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Войти</translation>
        </message>
    </context>
    <context>
        <name>BackOfficeWindow</name>
        <message>
            <source>all shops</source>
            <translation>все магазины</translation>
        </message>
        <message>
            <source>Loyalty back office — %1</source>
            <translation>Офис программы лояльности — %1</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Сеанс</translation>
        </message>
        <message>
            <source>&amp;Pages</source>
            <translation>&amp;Страницы</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>&amp;Выйти из учётной записи</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Закрыть</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <source>Numbers are whole numbers; dates are DD.MM.YYYY.</source>
            <translation>Числа — только целые; даты — в формате ДД.ММ.ГГГГ.</translation>
        </message>
        <message>
            <source>Saved. It applies from now on; vouchers already issued keep their points and dates.</source>
            <translation>Сохранено. Изменения действуют с этого момента; у уже выданных купонов баллы и даты не меняются.</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>без ограничений</translation>
        </message>
        <message>
            <source>off</source>
            <translation>выкл.</translation>
        </message>
        <message>
            <source>on, %1 – %2</source>
            <translation>вкл., %1 – %2</translation>
        </message>
        <message>
            <source>on</source>
            <translation>вкл.</translation>
        </message>
        <message>
            <source>Switch off</source>
            <translation>Выключить</translation>
        </message>
        <message>
            <source>Switch on</source>
            <translation>Включить</translation>
        </message>
        <message>
            <source>Touch again to switch off</source>
            <translation>Коснитесь ещё раз, чтобы выключить</translation>
        </message>
        <message>
            <source>Touch again to switch on</source>
            <translation>Коснитесь ещё раз, чтобы включить</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Каталог</translation>
        </message>
        <message>
            <source>Rewards and causes</source>
            <translation>Награды и благотворительность</translation>
        </message>
        <message>
            <source>Rewards</source>
            <translation>Награды</translation>
        </message>
        <message>
            <source>Donation causes</source>
            <translation>Благотворительные проекты</translation>
        </message>
        <message>
            <source>New reward</source>
            <translation>Новая награда</translation>
        </message>
        <message>
            <source>New cause</source>
            <translation>Новый проект</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Награда</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Остаток</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Предлагается</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Проект</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Minimum tier</source>
            <translation>Минимальный уровень</translation>
        </message>
        <message>
            <source>Valid for (days)</source>
            <translation>Срок действия (дни)</translation>
        </message>
        <message>
            <source>Offered from</source>
            <translation>Предлагается с</translation>
        </message>
        <message>
            <source>Offered until</source>
            <translation>Предлагается до</translation>
        </message>
        <message>
            <source>Name in Türkçe</source>
            <translation>Название на турецком</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Изображение</translation>
        </message>
        <message>
            <source>Name in Русский</source>
            <translation>Название на русском</translation>
        </message>
        <message>
            <source>Shops</source>
            <translation>Магазины</translation>
        </message>
        <message>
            <source>empty: unlimited</source>
            <translation>пусто: без ограничений</translation>
        </message>
        <message>
            <source>empty: the programme's default</source>
            <translation>пусто: как в правилах программы</translation>
        </message>
        <message>
            <source>DD.MM.YYYY, empty: now</source>
            <translation>ДД.ММ.ГГГГ, пусто: сейчас</translation>
        </message>
        <message>
            <source>DD.MM.YYYY, empty: no end</source>
            <translation>ДД.ММ.ГГГГ, пусто: бессрочно</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>All shops</source>
            <translation>Все магазины</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Изменить: %1</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
    </context>
    <context>
        <name>ConfirmScreen</name>
        <message>
            <source>Get this reward?</source>
            <translation>Получить эту награду?</translation>
        </message>
        <message>
            <source>Yes, print my voucher</source>
            <translation>Да, напечатать купон</translation>
        </message>
        <message>
            <source>Give these points?</source>
            <translation>Пожертвовать эти баллы?</translation>
        </message>
        <message>
            <source>Yes, give my points</source>
            <translation>Да, пожертвовать баллы</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation>Нет, вернуться</translation>
        </message>
        <message>
            <source>Cost: %1
Your balance afterwards: %2</source>
            <translation>Стоимость: %1
Останется на счёте: %2</translation>
        </message>
    </context>
    <context>
        <name>CustomerMode</name>
        <message>
            <source>OK</source>
            <translation>ОК</translation>
        </message>
        <message>
            <source>Join now</source>
            <translation>Вступить</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Не сейчас</translation>
        </message>
        <message>
            <source>Back to my rewards</source>
            <translation>К моим наградам</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>Looking you up…</source>
            <translation>Ищем ваш счёт…</translation>
        </message>
        <message>
            <source>That scan did not read right</source>
            <translation>Карта считалась неверно</translation>
        </message>
        <message>
            <source>Please scan your card again, holding it steady.</source>
            <translation>Отсканируйте карту ещё раз, держа её неподвижно.</translation>
        </message>
        <message numerus="yes">
            <source>Back to the start in %n s. Touch the screen to stay.</source>
            <translation>
                <numerusform>Возврат в начало через %n с. Коснитесь экрана, чтобы остаться.</numerusform>
                <numerusform>Возврат в начало через %n с. Коснитесь экрана, чтобы остаться.</numerusform>
                <numerusform>Возврат в начало через %n с. Коснитесь экрана, чтобы остаться.</numerusform>
            </translation>
        </message>
        <message>
            <source>Scanner %1 is not connected</source>
            <translation>Сканер %1 не подключён</translation>
        </message>
        <message>
            <source>Printer: out of paper</source>
            <translation>Принтер: нет бумаги</translation>
        </message>
        <message>
            <source>Printer: cover open</source>
            <translation>Принтер: открыта крышка</translation>
        </message>
        <message>
            <source>Printer: not ready</source>
            <translation>Принтер: не готов</translation>
        </message>
        <message>
            <source>Vouchers cannot be printed right now. Please ask a member of staff.</source>
            <translation>Сейчас нельзя напечатать купон. Пожалуйста, обратитесь к сотруднику.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Counting…</source>
            <translation>Подсчёт…</translation>
        </message>
        <message>
            <source>From %1 to %2.</source>
            <translation>С %1 по %2.</translation>
        </message>
        <message>
            <source>New members per month</source>
            <translation>Новые участники по месяцам</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Новые</translation>
        </message>
        <message>
            <source>Points in the period</source>
            <translation>Баллы за период</translation>
        </message>
        <message>
            <source>issued</source>
            <translation>начислено</translation>
        </message>
        <message>
            <source>redeemed</source>
            <translation>потрачено</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>сгорело</translation>
        </message>
        <message>
            <source>donated</source>
            <translation>пожертвовано</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <source>Members by tier</source>
            <translation>Участники по уровням</translation>
        </message>
        <message>
            <source>Most redeemed rewards</source>
            <translation>Самые популярные награды</translation>
        </message>
        <message>
            <source>Vouchers</source>
            <translation>Купоны</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Покупки</translation>
        </message>
        <message>
            <source>All shops</source>
            <translation>Все магазины</translation>
        </message>
        <message>
            <source>No shop</source>
            <translation>Без магазина</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>New members</source>
            <translation>Новые участники</translation>
        </message>
        <message>
            <source>Active in 30 days</source>
            <translation>Активны за 30 дней</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Продажи</translation>
        </message>
        <message>
            <source>Average basket</source>
            <translation>Средний чек</translation>
        </message>
        <message>
            <source>Points issued</source>
            <translation>Начислено баллов</translation>
        </message>
        <message>
            <source>Points redeemed</source>
            <translation>Потрачено баллов</translation>
        </message>
        <message>
            <source>Vouchers redeemed</source>
            <translation>Использовано купонов</translation>
        </message>
        <message>
            <source>Points owed, in money</source>
            <translation>Долг по баллам в деньгах</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Карта</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Баланс</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>За всё время</translation>
        </message>
        <message>
            <source>In the period</source>
            <translation>За период</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Награда</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Выдана</translation>
        </message>
        <message>
            <source>Redeemed</source>
            <translation>Погашено</translation>
        </message>
        <message>
            <source>Joined in</source>
            <translation>Месяц вступления</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Доля</translation>
        </message>
        <message>
            <source>Starts from</source>
            <translation>Начинается с</translation>
        </message>
        <message>
            <source>Month %1</source>
            <translation>%1-й месяц</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Сохранено: %1</translation>
        </message>
        <message>
            <source>Printing is switched off on this kiosk.</source>
            <translation>Печать на этом киоске отключена.</translation>
        </message>
        <message>
            <source>Summary printed.</source>
            <translation>Сводка напечатана.</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <source>How the programme is doing</source>
            <translation>Как работает программа</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 дней</translation>
        </message>
        <message>
            <source>90 days</source>
            <translation>90 дней</translation>
        </message>
        <message>
            <source>12 months</source>
            <translation>12 месяцев</translation>
        </message>
        <message>
            <source>members</source>
            <translation>участников</translation>
        </message>
        <message>
            <source>active in 30 days</source>
            <translation>активны за 30 дней</translation>
        </message>
        <message>
            <source>active in 90 days</source>
            <translation>активны за 90 дней</translation>
        </message>
        <message>
            <source>bought again</source>
            <translation>купили повторно</translation>
        </message>
        <message>
            <source>vouchers redeemed</source>
            <translation>купонов погашено</translation>
        </message>
        <message>
            <source>points owed, in money</source>
            <translation>долг по баллам в деньгах</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Магазин</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Активность</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Удержание</translation>
        </message>
        <message>
            <source>Redemptions</source>
            <translation>Погашения</translation>
        </message>
        <message>
            <source>Liability</source>
            <translation>Обязательства</translation>
        </message>
        <message>
            <source>Top customers</source>
            <translation>Лучшие покупатели</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>Уровни</translation>
        </message>
        <message>
            <source>Birthdays</source>
            <translation>Дни рождения</translation>
        </message>
        <message>
            <source>Shops side by side</source>
            <translation>Магазины рядом</translation>
        </message>
        <message>
            <source>Export this report (CSV)</source>
            <translation>Экспорт отчёта (CSV)</translation>
        </message>
        <message>
            <source>Print a summary</source>
            <translation>Печать сводки</translation>
        </message>
    </context>
    <context>
        <name>DetailsForm</name>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Карта</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>DD.MM.YYYY</source>
            <translation>ДД.ММ.ГГГГ</translation>
        </message>
        <message>
            <source>Scan the card, or leave empty for a new number</source>
            <translation>Отсканируйте карту или оставьте пустым для нового номера</translation>
        </message>
        <message>
            <source>Agrees to offers</source>
            <translation>Согласен получать предложения</translation>
        </message>
        <message>
            <source>Enrol member</source>
            <translation>Зарегистрировать участника</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Сохранить изменения</translation>
        </message>
    </context>
    <context>
        <name>DonateScreen</name>
        <message>
            <source>Chosen</source>
            <translation>Выбрано</translation>
        </message>
        <message>
            <source>Give points to a good cause</source>
            <translation>Пожертвовать баллы на доброе дело</translation>
        </message>
        <message>
            <source>How many points?</source>
            <translation>Сколько баллов?</translation>
        </message>
        <message>
            <source>Give</source>
            <translation>Пожертвовать</translation>
        </message>
        <message>
            <source>Back to my rewards</source>
            <translation>К моим наградам</translation>
        </message>
        <message>
            <source>All: %1</source>
            <translation>Все: %1</translation>
        </message>
    </context>
    <context>
        <name>EnrolScreen</name>
        <message>
            <source>Please type the whole date: 2 digits for the day, 2 for the month, 4 for the year.</source>
            <translation>Введите дату полностью: 2 цифры дня, 2 цифры месяца и 4 цифры года.</translation>
        </message>
        <message>
            <source>There is no date %1. Please check the day and month.</source>
            <translation>Даты %1 не бывает. Проверьте день и месяц.</translation>
        </message>
        <message>
            <source>That birthday does not look right. Please check the year.</source>
            <translation>Похоже, дата рождения указана неверно. Проверьте год.</translation>
        </message>
        <message>
            <source>A phone number has at least 7 digits.</source>
            <translation>В номере телефона не меньше 7 цифр.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits.</source>
            <translation>PIN состоит из 4–6 цифр.</translation>
        </message>
        <message numerus="yes">
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>Введена %n цифра</numerusform>
                <numerusform>Введено %n цифры</numerusform>
                <numerusform>Введено %n цифр</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n PIN digit(s) entered</source>
            <translation>
                <numerusform>Введена %n цифра PIN-кода</numerusform>
                <numerusform>Введено %n цифры PIN-кода</numerusform>
                <numerusform>Введено %n цифр PIN-кода</numerusform>
            </translation>
        </message>
        <message>
            <source>Join our loyalty programme</source>
            <translation>Вступите в программу лояльности</translation>
        </message>
        <message>
            <source>Card %1</source>
            <translation>Карта %1</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Шаг %1 из %2</translation>
        </message>
        <message>
            <source>What is your name?</source>
            <translation>Как вас зовут?</translation>
        </message>
        <message>
            <source>Your mobile number (optional): to find your account without the card</source>
            <translation>Ваш мобильный номер (по желанию): чтобы найти ваш счёт без карты</translation>
        </message>
        <message>
            <source>Your birthday (optional): day, month, year. We have a treat for you!</source>
            <translation>Ваш день рождения (по желанию): день, месяц, год. У нас для вас подарок!</translation>
        </message>
        <message>
            <source>Choose a PIN of 4 to 6 digits for looking up your account by phone</source>
            <translation>Придумайте PIN-код из 4–6 цифр для входа по номеру телефона</translation>
        </message>
        <message>
            <source>Almost done</source>
            <translation>Почти готово</translation>
        </message>
        <message>
            <source>Programme terms</source>
            <translation>Условия программы</translation>
        </message>
        <message>
            <source>Read the terms</source>
            <translation>Прочитать условия</translation>
        </message>
        <message>
            <source>Back to joining</source>
            <translation>Вернуться к регистрации</translation>
        </message>
        <message>
            <source>See my card</source>
            <translation>Показать мою карту</translation>
        </message>
        <message>
            <source>Welcome, %1!</source>
            <translation>Добро пожаловать, %1!</translation>
        </message>
        <message>
            <source>Your card is ready. You have %1.</source>
            <translation>Ваша карта готова. У вас %1.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ваше имя</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Имя и фамилия</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <source>We keep your name, card and the details you gave us to run the programme. You can ask staff to see or erase them at any time.</source>
            <translation>Мы храним ваше имя, карту и указанные вами данные для работы программы. Вы можете в любой момент попросить сотрудника показать или удалить их.</translation>
        </message>
        <message>
            <source>I agree to the programme terms</source>
            <translation>Я принимаю условия программы</translation>
        </message>
        <message>
            <source>Send me offers by text message (optional)</source>
            <translation>Присылайте мне предложения по SMS (по желанию)</translation>
        </message>
        <message>
            <source>Join and see my card</source>
            <translation>Вступить и открыть карту</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>connected</source>
            <translation>подключён</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>подключение…</translation>
        </message>
        <message>
            <source>NOT CONNECTED</source>
            <translation>НЕ ПОДКЛЮЧЁН</translation>
        </message>
        <message>
            <source>No serial scanner is configured. A keyboard-wedge scanner still works.</source>
            <translation>Сканер с последовательным портом не настроен. Сканер в режиме эмуляции клавиатуры по-прежнему работает.</translation>
        </message>
        <message>
            <source>Printing is switched off (printer kind none).</source>
            <translation>Печать отключена (тип принтера none).</translation>
        </message>
        <message>
            <source>Asking the printer…</source>
            <translation>Опрос принтера…</translation>
        </message>
        <message>
            <source>online</source>
            <translation>в сети</translation>
        </message>
        <message>
            <source>OFFLINE</source>
            <translation>НЕ В СЕТИ</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <source>paper OK</source>
            <translation>бумага в норме</translation>
        </message>
        <message>
            <source>paper LOW</source>
            <translation>бумага ЗАКАНЧИВАЕТСЯ</translation>
        </message>
        <message>
            <source>OUT OF PAPER</source>
            <translation>НЕТ БУМАГИ</translation>
        </message>
        <message>
            <source>paper unknown</source>
            <translation>бумага: неизвестно</translation>
        </message>
        <message>
            <source>cover OPEN</source>
            <translation>крышка ОТКРЫТА</translation>
        </message>
        <message>
            <source>Not reachable: %1</source>
            <translation>Нет связи: %1</translation>
        </message>
        <message>
            <source>Printing is switched off on this kiosk.</source>
            <translation>Печать на этом киоске отключена.</translation>
        </message>
        <message>
            <source>Test page printed.</source>
            <translation>Тестовая страница напечатана.</translation>
        </message>
        <message>
            <source>staff card</source>
            <translation>карта сотрудника</translation>
        </message>
        <message>
            <source>voucher code</source>
            <translation>код купона</translation>
        </message>
        <message>
            <source>loyalty card number</source>
            <translation>номер карты лояльности</translation>
        </message>
        <message>
            <source>other code</source>
            <translation>другой код</translation>
        </message>
        <message>
            <source>misread: %1</source>
            <translation>ошибка чтения: %1</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Оборудование</translation>
        </message>
        <message>
            <source>Scanners and printer</source>
            <translation>Сканеры и принтер</translation>
        </message>
        <message>
            <source>Scanners</source>
            <translation>Сканеры</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Принтер</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Проверить снова</translation>
        </message>
        <message>
            <source>Print a test page</source>
            <translation>Печать тестовой страницы</translation>
        </message>
        <message>
            <source>Test scan: scan anything, it shows here</source>
            <translation>Тест: отсканируйте что угодно, результат появится здесь</translation>
        </message>
        <message>
            <source>Recent scans</source>
            <translation>Последние сканирования</translation>
        </message>
    </context>
    <context>
        <name>IdentifyFlow</name>
        <message>
            <source>Welcome! This card is new</source>
            <translation>Добро пожаловать! Это новая карта</translation>
        </message>
        <message>
            <source>Join our loyalty programme in a minute and start collecting points today.</source>
            <translation>Вступите в программу лояльности за минуту и начните копить баллы уже сегодня.</translation>
        </message>
    </context>
    <context>
        <name>InputDock</name>
        <message>
            <source>Hide keys</source>
            <translation>Скрыть клавиатуру</translation>
        </message>
    </context>
    <context>
        <name>ManageTab</name>
        <message>
            <source>Adjust points</source>
            <translation>Изменить баллы</translation>
        </message>
        <message>
            <source>Touch again to adjust</source>
            <translation>Коснитесь ещё раз, чтобы изменить</translation>
        </message>
        <message>
            <source>Unblock member</source>
            <translation>Разблокировать участника</translation>
        </message>
        <message>
            <source>Block member</source>
            <translation>Заблокировать участника</translation>
        </message>
        <message>
            <source>Touch again to unblock</source>
            <translation>Коснитесь ещё раз, чтобы разблокировать</translation>
        </message>
        <message>
            <source>Touch again to block</source>
            <translation>Коснитесь ещё раз, чтобы заблокировать</translation>
        </message>
        <message>
            <source>Merge the duplicate into this member</source>
            <translation>Объединить дубликат с этим участником</translation>
        </message>
        <message>
            <source>Touch again to merge</source>
            <translation>Коснитесь ещё раз, чтобы объединить</translation>
        </message>
        <message>
            <source>Erase personal data</source>
            <translation>Удалить персональные данные</translation>
        </message>
        <message>
            <source>Touch again: this cannot be undone</source>
            <translation>Коснитесь ещё раз: это нельзя отменить</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Needed for every action here</source>
            <translation>Обязательна для любого действия здесь</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Начислить</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Списать</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Дубликат</translation>
        </message>
        <message>
            <source>Card or phone of the duplicate member</source>
            <translation>Карта или телефон участника-дубликата</translation>
        </message>
        <message>
            <source>Card or phone of the duplicate</source>
            <translation>Карта или телефон дубликата</translation>
        </message>
    </context>
    <context>
        <name>MemberImport</name>
        <message>
            <source>name</source>
            <translation>имя</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>телефон</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>birthday</source>
            <translation>день рождения</translation>
        </message>
        <message>
            <source>card</source>
            <translation>карта</translation>
        </message>
        <message>
            <source>points</source>
            <translation>баллы</translation>
        </message>
        <message>
            <source>points expire</source>
            <translation>срок баллов</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>согласие</translation>
        </message>
        <message>
            <source>language</source>
            <translation>язык</translation>
        </message>
        <message>
            <source>Not a card number: 13 digits are expected.</source>
            <translation>Это не номер карты: нужно 13 цифр.</translation>
        </message>
        <message>
            <source>The card number's last digit does not fit (a typing error?).</source>
            <translation>Последняя цифра номера карты не сходится (опечатка?).</translation>
        </message>
        <message>
            <source>This card belonged to a member who was erased or merged.</source>
            <translation>Эта карта принадлежала участнику, который удалён или объединён с другим.</translation>
        </message>
        <message>
            <source>Another member of the kiosk already has this phone number.</source>
            <translation>Этот номер телефона уже есть у другого участника.</translation>
        </message>
        <message>
            <source>The birthday is not a possible date (YYYY-MM-DD or DD.MM.YYYY).</source>
            <translation>День рождения — невозможная дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ).</translation>
        </message>
        <message>
            <source>Points must be a whole number, 0 or more.</source>
            <translation>Баллы — целое число, 0 или больше.</translation>
        </message>
        <message>
            <source>The points' expiry must be a date in the future.</source>
            <translation>Срок баллов должен быть датой в будущем.</translation>
        </message>
        <message>
            <source>Consent must be yes or no.</source>
            <translation>Согласие — да или нет.</translation>
        </message>
        <message>
            <source>The language must be en, tr or ru.</source>
            <translation>Язык: en, tr или ru.</translation>
        </message>
        <message>
            <source>The same card number is on line %1 too.</source>
            <translation>Тот же номер карты есть и в строке %1.</translation>
        </message>
        <message>
            <source>The same phone number is on line %1 too.</source>
            <translation>Тот же номер телефона есть и в строке %1.</translation>
        </message>
        <message>
            <source>The same e-mail address is on line %1 too.</source>
            <translation>Тот же адрес e-mail есть и в строке %1.</translation>
        </message>
        <message>
            <source>This file cannot be read. Save it as CSV UTF-8 or as an Excel workbook (.xlsx).</source>
            <translation>Этот файл не читается. Сохраните его как CSV UTF-8 или книгу Excel (.xlsx).</translation>
        </message>
        <message>
            <source>The file's first line must name the columns, with at least name and card.</source>
            <translation>В первой строке файла должны быть названия столбцов, как минимум name и card.</translation>
        </message>
    </context>
    <context>
        <name>MemberImportPage</name>
        <message>
            <source>No CSV or Excel file found. Put one in %1 or plug in a USB stick, then touch Look again.</source>
            <translation>Файлы CSV или Excel не найдены. Положите файл в %1 или вставьте USB-флешку, затем нажмите «Искать снова».</translation>
        </message>
        <message>
            <source>Touch a file to check it. Nothing is imported yet.</source>
            <translation>Нажмите на файл, чтобы проверить его. Пока ничего не загружается.</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Проверяется %1…</translation>
        </message>
        <message>
            <source>The file is good. Touch the button to import.</source>
            <translation>Файл в порядке. Нажмите кнопку, чтобы загрузить.</translation>
        </message>
        <message>
            <source>Every member of this file is here already.</source>
            <translation>Все участники из этого файла уже есть.</translation>
        </message>
        <message>
            <source>Nothing can be imported until every line is right: correct the file and check it again.</source>
            <translation>Пока хоть одна строка неверна, ничего не загружается: исправьте файл и проверьте снова.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Загрузка…</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n member(s).</source>
            <translation>
                <numerusform>Загружено участников: %n.</numerusform>
                <numerusform>Загружено участников: %n.</numerusform>
                <numerusform>Загружено участников: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported: the members changed since the check. Check the file again.</source>
            <translation>Ничего не загружено: после проверки участники изменились. Проверьте файл снова.</translation>
        </message>
        <message>
            <source>New: %1 · Already here: %2 · Bad lines: %3 · Opening points: %4</source>
            <translation>Новых: %1 · Уже есть: %2 · Строк с ошибками: %3 · Начальных баллов: %4</translation>
        </message>
        <message>
            <source>Columns left out: %1</source>
            <translation>Пропущенные столбцы: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) here already have other details in the file; they are left as they are.</source>
            <translation>
                <numerusform>У %n участника в файле другие данные; он оставлен как есть.</numerusform>
                <numerusform>У %n участников в файле другие данные; они оставлены как есть.</numerusform>
                <numerusform>У %n участников в файле другие данные; они оставлены как есть.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import members</source>
            <translation>Загрузить участников</translation>
        </message>
        <message>
            <source>A CSV or Excel file with the columns name, card, phone, email, birthday, points and points_expire, in the kiosk's imports folder or on a USB stick.</source>
            <translation>Файл CSV или Excel со столбцами name, card, phone, email, birthday, points и points_expire в папке imports киоска или на USB-флешке.</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Искать снова</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Ошибка</translation>
        </message>
        <message numerus="yes">
            <source>Import %n member(s)</source>
            <translation>
                <numerusform>Загрузить участников: %n</numerusform>
                <numerusform>Загрузить участников: %n</numerusform>
                <numerusform>Загрузить участников: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberScreen</name>
        <message>
            <source>Language: %1</source>
            <translation>Язык: %1</translation>
        </message>
        <message>
            <source>For %1 members and above</source>
            <translation>Для уровня «%1» и выше</translation>
        </message>
        <message numerus="yes">
            <source>%n more point(s) needed</source>
            <translation>
                <numerusform>Нужен ещё %n балл</numerusform>
                <numerusform>Нужно ещё %n балла</numerusform>
                <numerusform>Нужно ещё %n баллов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n left</source>
            <translation>
                <numerusform>Осталась %n штука</numerusform>
                <numerusform>Осталось %n штуки</numerusform>
                <numerusform>Осталось %n штук</numerusform>
            </translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>Done, back to the start</source>
            <translation>Готово, вернуться в начало</translation>
        </message>
        <message>
            <source>Your points</source>
            <translation>Ваши баллы</translation>
        </message>
        <message>
            <source>Rewards</source>
            <translation>Награды</translation>
        </message>
        <message>
            <source>Recent activity</source>
            <translation>Последние операции</translation>
        </message>
        <message>
            <source>Give points to a good cause</source>
            <translation>Пожертвовать баллы на доброе дело</translation>
        </message>
        <message>
            <source>Hello, %1!</source>
            <translation>Здравствуйте, %1!</translation>
        </message>
        <message>
            <source>Phone %1</source>
            <translation>Телефон %1</translation>
        </message>
        <message>
            <source>Balance: %1</source>
            <translation>Баланс: %1</translation>
        </message>
        <message>
            <source>Points from the last few minutes may not show yet.</source>
            <translation>Баллы за последние несколько минут могут быть ещё не видны.</translation>
        </message>
        <message>
            <source>Tier: %1</source>
            <translation>Уровень: %1</translation>
        </message>
        <message>
            <source>Progress to the next tier: %1 percent</source>
            <translation>Прогресс до следующего уровня: %1 процентов</translation>
        </message>
        <message>
            <source>Happy birthday! We added %1 to your card.</source>
            <translation>С днём рождения! Мы начислили на карту %1.</translation>
        </message>
        <message>
            <source>%1 expire on %2. Use them before then!</source>
            <translation>%1 сгорят %2. Успейте их потратить!</translation>
        </message>
        <message>
            <source>Found by phone number: scan your card to use your points.</source>
            <translation>Найдено по номеру телефона: чтобы потратить баллы, отсканируйте карту.</translation>
        </message>
        <message>
            <source>No activity yet.</source>
            <translation>Операций пока нет.</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <source>Type a name, a phone number or a card number.</source>
            <translation>Введите имя, номер телефона или номер карты.</translation>
        </message>
        <message>
            <source>Nobody found. Check the spelling, or enrol a new member.</source>
            <translation>Никто не найден. Проверьте написание или зарегистрируйте нового участника.</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) found.</source>
            <translation>
                <numerusform>Найден %n участник.</numerusform>
                <numerusform>Найдено %n участника.</numerusform>
                <numerusform>Найдено %n участников.</numerusform>
            </translation>
        </message>
        <message>
            <source>The birthday is not a date: type it as DD.MM.YYYY.</source>
            <translation>День рождения указан неверно: введите дату в формате ДД.ММ.ГГГГ.</translation>
        </message>
        <message>
            <source>Changes saved.</source>
            <translation>Изменения сохранены.</translation>
        </message>
        <message>
            <source>Enrolled %1 with card %2.</source>
            <translation>Участник %1 зарегистрирован, карта %2.</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>утеряна</translation>
        </message>
        <message>
            <source>The old card is blocked; the new card %1 carries the balance.</source>
            <translation>Старая карта заблокирована; баланс перенесён на новую карту %1.</translation>
        </message>
        <message>
            <source>Adjusted by %1 points; the balance is now %2.</source>
            <translation>Баллы изменены на %1; теперь на счёте %2.</translation>
        </message>
        <message>
            <source>The phone look-up is unlocked: the member can use their PIN again.</source>
            <translation>Поиск по телефону разблокирован: участник снова может вводить свой PIN.</translation>
        </message>
        <message>
            <source>Member blocked.</source>
            <translation>Участник заблокирован.</translation>
        </message>
        <message>
            <source>Member unblocked.</source>
            <translation>Участник разблокирован.</translation>
        </message>
        <message>
            <source>Merged: the duplicate's points, cards and purchases are here now.</source>
            <translation>Объединено: баллы, карты и покупки дубликата перенесены сюда.</translation>
        </message>
        <message>
            <source>Personal data erased; the points history stays, anonymous.</source>
            <translation>Персональные данные удалены; история баллов сохранена анонимно.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>активен</translation>
        </message>
        <message>
            <source>BLOCKED</source>
            <translation>ЗАБЛОКИРОВАН</translation>
        </message>
        <message>
            <source>erased</source>
            <translation>удалён</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>объединён</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Name, phone or card number</source>
            <translation>Имя, телефон или номер карты</translation>
        </message>
        <message>
            <source>Search members</source>
            <translation>Поиск участников</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Найти</translation>
        </message>
        <message>
            <source>New member</source>
            <translation>Новый участник</translation>
        </message>
        <message>
            <source>Import members</source>
            <translation>Загрузить участников</translation>
        </message>
        <message>
            <source>Replace lost card</source>
            <translation>Заменить утерянную карту</translation>
        </message>
        <message>
            <source>Record a purchase</source>
            <translation>Регистрация покупки</translation>
        </message>
        <message>
            <source>New card (empty: a new number)</source>
            <translation>Новая карта (пусто: новый номер)</translation>
        </message>
        <message>
            <source>New card number</source>
            <translation>Номер новой карты</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Карта</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Выдана</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Заблокирована</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Данные</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Карты</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>Manage</source>
            <translation>Управление</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 points</source>
            <translation>%1 · %2 · баллов: %3</translation>
        </message>
        <message numerus="yes">
            <source>Phone look-up locked after %n wrong PIN(s).</source>
            <translation>
                <numerusform>Поиск по телефону заблокирован после %n неверного PIN-кода.</numerusform>
                <numerusform>Поиск по телефону заблокирован после %n неверных PIN-кодов.</numerusform>
                <numerusform>Поиск по телефону заблокирован после %n неверных PIN-кодов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Phone look-up locked since %1 after %n wrong PIN(s).</source>
            <translation>
                <numerusform>Поиск по телефону заблокирован с %1 после %n неверного PIN-кода.</numerusform>
                <numerusform>Поиск по телефону заблокирован с %1 после %n неверных PIN-кодов.</numerusform>
                <numerusform>Поиск по телефону заблокирован с %1 после %n неверных PIN-кодов.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unlock phone look-up</source>
            <translation>Разблокировать поиск по телефону</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>That scan did not read right</source>
            <translation>Карта считалась неверно</translation>
        </message>
        <message>
            <source>This is not one of our cards</source>
            <translation>Это не наша карта</translation>
        </message>
        <message>
            <source>This card is blocked</source>
            <translation>Эта карта заблокирована</translation>
        </message>
        <message>
            <source>This account is on hold</source>
            <translation>Этот счёт приостановлен</translation>
        </message>
        <message>
            <source>We could not find that number</source>
            <translation>Мы не нашли этот номер</translation>
        </message>
        <message>
            <source>That PIN is not right</source>
            <translation>Неверный PIN-код</translation>
        </message>
        <message>
            <source>Phone look-up is locked</source>
            <translation>Вход по телефону заблокирован</translation>
        </message>
        <message>
            <source>Number or PIN not recognised</source>
            <translation>Номер или PIN не распознаны</translation>
        </message>
        <message>
            <source>We cannot save anything right now</source>
            <translation>Сейчас мы не можем ничего сохранить</translation>
        </message>
        <message>
            <source>We cannot reach our records right now</source>
            <translation>Сейчас нет связи с нашей базой</translation>
        </message>
        <message>
            <source>Sorry, that did not work</source>
            <translation>Извините, не получилось</translation>
        </message>
        <message>
            <source>Nothing was entered. Please try again.</source>
            <translation>Ничего не введено. Попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>Please scan your card again, holding it steady.</source>
            <translation>Отсканируйте карту ещё раз, держа её неподвижно.</translation>
        </message>
        <message>
            <source>Please scan your loyalty card, or use your phone number.</source>
            <translation>Отсканируйте карту лояльности или войдите по номеру телефона.</translation>
        </message>
        <message>
            <source>This card is not registered yet.</source>
            <translation>Эта карта ещё не зарегистрирована.</translation>
        </message>
        <message>
            <source>Please ask a member of staff at the till. They can help straight away.</source>
            <translation>Обратитесь к сотруднику на кассе. Вам сразу помогут.</translation>
        </message>
        <message>
            <source>Please ask a member of staff at the till.</source>
            <translation>Обратитесь к сотруднику на кассе.</translation>
        </message>
        <message>
            <source>This account no longer exists. Please ask a member of staff.</source>
            <translation>Этого счёта больше нет. Обратитесь к сотруднику.</translation>
        </message>
        <message>
            <source>That does not look like a phone number. Please check it.</source>
            <translation>Это не похоже на номер телефона. Проверьте его.</translation>
        </message>
        <message>
            <source>Please check the number, or scan your card instead.</source>
            <translation>Проверьте номер или отсканируйте карту.</translation>
        </message>
        <message>
            <source>This phone number already belongs to a member. Scan that card or ask staff.</source>
            <translation>Этот номер уже принадлежит участнику. Отсканируйте ту карту или обратитесь к сотруднику.</translation>
        </message>
        <message>
            <source>This card already belongs to a member.</source>
            <translation>Эта карта уже принадлежит участнику.</translation>
        </message>
        <message>
            <source>Please type your name.</source>
            <translation>Введите ваше имя.</translation>
        </message>
        <message>
            <source>That name is too long.</source>
            <translation>Имя слишком длинное.</translation>
        </message>
        <message>
            <source>Please type your name with letters only: it has a hidden character that cannot be printed.</source>
            <translation>Пожалуйста, введите имя только буквами: в нём есть скрытый символ, который нельзя напечатать.</translation>
        </message>
        <message>
            <source>That e-mail address does not look right. Please check it.</source>
            <translation>Этот адрес электронной почты выглядит неверно. Пожалуйста, проверьте его.</translation>
        </message>
        <message>
            <source>That birthday does not look right. Please check the date.</source>
            <translation>Дата рождения выглядит неверно. Проверьте её.</translation>
        </message>
        <message>
            <source>You do not have enough points for this reward yet.</source>
            <translation>Для этой награды пока не хватает баллов.</translation>
        </message>
        <message>
            <source>Sorry, this reward has just run out.</source>
            <translation>Извините, эта награда только что закончилась.</translation>
        </message>
        <message>
            <source>This reward is for a higher tier.</source>
            <translation>Эта награда для более высокого уровня.</translation>
        </message>
        <message>
            <source>This reward is not available any more.</source>
            <translation>Эта награда больше недоступна.</translation>
        </message>
        <message>
            <source>This reward is not offered at this shop.</source>
            <translation>Эта награда не предлагается в этом магазине.</translation>
        </message>
        <message>
            <source>This cause is not taking donations right now.</source>
            <translation>Сейчас этот фонд не принимает пожертвования.</translation>
        </message>
        <message>
            <source>Choose how many points to give.</source>
            <translation>Выберите, сколько баллов пожертвовать.</translation>
        </message>
        <message>
            <source>Please enter your PIN.</source>
            <translation>Введите PIN-код.</translation>
        </message>
        <message>
            <source>No PIN is set for this account. Scan your card, or ask staff to set one.</source>
            <translation>Для этого счёта не задан PIN-код. Отсканируйте карту или попросите сотрудника его задать.</translation>
        </message>
        <message>
            <source>Please try again.</source>
            <translation>Попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Please scan your card or ask a member of staff.</source>
            <translation>Слишком много неверных PIN-кодов. Отсканируйте карту или обратитесь к сотруднику.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits.</source>
            <translation>PIN-код состоит из 4–6 цифр.</translation>
        </message>
        <message>
            <source>Please check both and try again, or scan your card. Staff can set a PIN for you.</source>
            <translation>Проверьте и то и другое и попробуйте снова или отсканируйте карту. Сотрудник может установить вам PIN.</translation>
        </message>
        <message>
            <source>Nothing has been lost. Please ask a member of staff: the kiosk needs attention.</source>
            <translation>Ничего не потеряно. Пожалуйста, обратитесь к сотруднику: киоску нужно обслуживание.</translation>
        </message>
        <message>
            <source>Something changed at the same moment. Please try again.</source>
            <translation>В тот же момент что-то изменилось. Пожалуйста, попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>Nothing has been lost. Please try again in a moment, or ask a member of staff.</source>
            <translation>Ничего не потеряно. Попробуйте чуть позже или обратитесь к сотруднику.</translation>
        </message>
        <message>
            <source>Please try again, or ask a member of staff for help.</source>
            <translation>Попробуйте ещё раз или попросите помощи у сотрудника.</translation>
        </message>
        <message>
            <source>The printer has run out of paper.</source>
            <translation>В принтере закончилась бумага.</translation>
        </message>
        <message>
            <source>The printer's cover is open.</source>
            <translation>Крышка принтера открыта.</translation>
        </message>
        <message>
            <source>The printer is not ready.</source>
            <translation>Принтер не готов.</translation>
        </message>
        <message>
            <source>The printer cannot be reached.</source>
            <translation>Нет связи с принтером.</translation>
        </message>
        <message>
            <source>The printer stopped answering.</source>
            <translation>Принтер перестал отвечать.</translation>
        </message>
        <message>
            <source>The printer did not answer in time.</source>
            <translation>Принтер не ответил вовремя.</translation>
        </message>
        <message>
            <source>The printer is not connected.</source>
            <translation>Принтер не подключён.</translation>
        </message>
        <message>
            <source>This kiosk has no printer.</source>
            <translation>У этого киоска нет принтера.</translation>
        </message>
        <message>
            <source>The printer could not print.</source>
            <translation>Принтер не смог напечатать.</translation>
        </message>
        <message>
            <source>Spend %1 more by %2 to reach %3.</source>
            <translation>Потратьте ещё %1 до %2, чтобы получить уровень «%3».</translation>
        </message>
        <message>
            <source>Spend %1 more within a year to reach %2.</source>
            <translation>Потратьте ещё %1 в течение года, чтобы получить уровень «%2».</translation>
        </message>
        <message>
            <source>Spend %1 more by %2 to keep %3.</source>
            <translation>Потратьте ещё %1 до %2, чтобы сохранить уровень «%3».</translation>
        </message>
        <message>
            <source>You are at our top tier. Thank you!</source>
            <translation>У вас наш высший уровень. Спасибо!</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Покупка</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Награда</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Возврат</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>Корректировка</translation>
        </message>
        <message>
            <source>Points expired</source>
            <translation>Баллы сгорели</translation>
        </message>
        <message>
            <source>Donation</source>
            <translation>Пожертвование</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Перевод</translation>
        </message>
        <message>
            <source>Birthday bonus</source>
            <translation>Бонус ко дню рождения</translation>
        </message>
        <message>
            <source>Voucher cancelled</source>
            <translation>Купон отменён</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>Начальный баланс</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
    </context>
    <context>
        <name>NumericKeypad</name>
        <message>
            <source>Digit %1</source>
            <translation>Цифра %1</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <source>Decimal point</source>
            <translation>Десятичная запятая</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Стереть</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ОК</translation>
        </message>
    </context>
    <context>
        <name>OfflineBox</name>
        <message>
            <source>Purchase, receipt %1</source>
            <translation>Покупка, чек %1</translation>
        </message>
        <message>
            <source>Refund, receipt %1</source>
            <translation>Возврат, чек %1</translation>
        </message>
        <message>
            <source>Enrolment of %1</source>
            <translation>Регистрация: %1</translation>
        </message>
        <message numerus="yes">
            <source>Reward voucher, %n point(s)</source>
            <translation>
                <numerusform>Купон на награду, %n балл</numerusform>
                <numerusform>Купон на награду, %n балла</numerusform>
                <numerusform>Купон на награду, %n баллов</numerusform>
            </translation>
        </message>
        <message>
            <source>Voucher redeemed at the counter</source>
            <translation>Купон погашен на кассе</translation>
        </message>
        <message>
            <source>Changes made offline</source>
            <translation>Изменения, сделанные без связи</translation>
        </message>
        <message>
            <source>Mark as reviewed</source>
            <translation>Отметить как просмотренное</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Чтение…</translation>
        </message>
        <message numerus="yes">
            <source>Offline since %1 — %n change(s) waiting</source>
            <translation>
                <numerusform>Нет связи с %1 — ждёт отправки %n изменение</numerusform>
                <numerusform>Нет связи с %1 — ждут отправки %n изменения</numerusform>
                <numerusform>Нет связи с %1 — ждут отправки %n изменений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Online · %n change(s) waiting</source>
            <translation>
                <numerusform>Связь есть · ждёт отправки %n изменение</numerusform>
                <numerusform>Связь есть · ждут отправки %n изменения</numerusform>
                <numerusform>Связь есть · ждут отправки %n изменений</numerusform>
            </translation>
        </message>
        <message>
            <source>local copy of %1</source>
            <translation>локальная копия от %1</translation>
        </message>
        <message>
            <source>Nothing was refused by the server.</source>
            <translation>Сервер ничего не отклонил.</translation>
        </message>
    </context>
    <context>
        <name>OfflineStrip</name>
        <message numerus="yes">
            <source>Offline since %1 — %n change(s) waiting</source>
            <translation>
                <numerusform>Нет связи с %1 — ждёт отправки %n изменение</numerusform>
                <numerusform>Нет связи с %1 — ждут отправки %n изменения</numerusform>
                <numerusform>Нет связи с %1 — ждут отправки %n изменений</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline since %1</source>
            <translation>Нет связи с %1</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n change(s) made offline</source>
            <translation>
                <numerusform>Отправляется %n изменение, сделанное без связи</numerusform>
                <numerusform>Отправляются %n изменения, сделанные без связи</numerusform>
                <numerusform>Отправляются %n изменений, сделанных без связи</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the server: see Hardware</source>
            <translation>
                <numerusform>Сервер отклонил %n изменение: см. страницу «Оборудование»</numerusform>
                <numerusform>Сервер отклонил %n изменения: см. страницу «Оборудование»</numerusform>
                <numerusform>Сервер отклонил %n изменений: см. страницу «Оборудование»</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <source>Letter %1</source>
            <translation>Буква %1</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Заглавные</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Стереть</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Пробел</translation>
        </message>
        <message>
            <source>Hyphen</source>
            <translation>Дефис</translation>
        </message>
        <message>
            <source>Apostrophe</source>
            <translation>Апостроф</translation>
        </message>
        <message>
            <source>At sign</source>
            <translation>Знак @</translation>
        </message>
        <message>
            <source>Dot</source>
            <translation>Точка</translation>
        </message>
        <message>
            <source>Switch keyboard to %1</source>
            <translation>Переключить клавиатуру на %1</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
    </context>
    <context>
        <name>PhoneScreen</name>
        <message numerus="yes">
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>Введена %n цифра</numerusform>
                <numerusform>Введено %n цифры</numerusform>
                <numerusform>Введено %n цифр</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n PIN digit(s) entered</source>
            <translation>
                <numerusform>Введена %n цифра PIN-кода</numerusform>
                <numerusform>Введено %n цифры PIN-кода</numerusform>
                <numerusform>Введено %n цифр PIN-кода</numerusform>
            </translation>
        </message>
        <message>
            <source>Your phone number</source>
            <translation>Ваш номер телефона</translation>
        </message>
        <message>
            <source>Type the number you gave us and check it before you go on.</source>
            <translation>Введите номер, который вы нам давали, и проверьте его, прежде чем продолжить.</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <source>Find me</source>
            <translation>Найти меня</translation>
        </message>
        <message>
            <source>Back to start</source>
            <translation>В начало</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>Ваш PIN-код</translation>
        </message>
        <message>
            <source>Type your 4 to 6 digit PIN. Cover the keypad with your hand.</source>
            <translation>Введите PIN-код из 4–6 цифр. Прикройте клавиатуру рукой.</translation>
        </message>
        <message>
            <source>Back to the phone number</source>
            <translation>Назад к номеру телефона</translation>
        </message>
    </context>
    <context>
        <name>PicturePicker</name>
        <message>
            <source>No picture</source>
            <translation>Без изображения</translation>
        </message>
    </context>
    <context>
        <name>Plurals</name>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n балл</numerusform>
                <numerusform>%n балла</numerusform>
                <numerusform>%n баллов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) left.</source>
            <translation>
                <numerusform>Осталась %n попытка.</numerusform>
                <numerusform>Осталось %n попытки.</numerusform>
                <numerusform>Осталось %n попыток.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tier credit(s)</source>
            <translation>
                <numerusform>%n кредит уровня</numerusform>
                <numerusform>%n кредита уровня</numerusform>
                <numerusform>%n кредитов уровня</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintingScreen</name>
        <message>
            <source>Printing your voucher</source>
            <translation>Печатаем ваш купон</translation>
        </message>
        <message>
            <source>Printing your thank-you slip</source>
            <translation>Печатаем благодарственный чек</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Сохраняем…</translation>
        </message>
        <message>
            <source>Saved. Sending it to the printer…</source>
            <translation>Сохранено. Отправляем на принтер…</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Done!</source>
            <translation>Готово!</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Ход выполнения</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Выполняется</translation>
        </message>
    </context>
    <context>
        <name>ProgrammePage</name>
        <message>
            <source>Type the start date as DD.MM.YYYY, or leave it empty.</source>
            <translation>Введите дату начала в формате ДД.ММ.ГГГГ или оставьте поле пустым.</translation>
        </message>
        <message>
            <source>Saved. The new rules apply from now on (or the date given); points already earned stay as they are.</source>
            <translation>Сохранено. Новые правила действуют с этого момента (или с указанной даты); уже начисленные баллы не меняются.</translation>
        </message>
        <message>
            <source>Programme rules</source>
            <translation>Правила программы</translation>
        </message>
        <message>
            <source>spent</source>
            <translation>покупок</translation>
        </message>
        <message>
            <source>points earned</source>
            <translation>заработанных баллов</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <source>× the usual points</source>
            <translation>× обычные баллы</translation>
        </message>
        <message>
            <source>Tier name</source>
            <translation>Название уровня</translation>
        </message>
        <message>
            <source>Tier starts from</source>
            <translation>Уровень начинается с</translation>
        </message>
        <message>
            <source>Points multiplier</source>
            <translation>Множитель баллов</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Бонус</translation>
        </message>
        <message>
            <source>points</source>
            <translation>баллов</translation>
        </message>
        <message>
            <source>DD.MM.YYYY</source>
            <translation>ДД.ММ.ГГГГ</translation>
        </message>
        <message>
            <source>empty: every purchase</source>
            <translation>пусто: любая покупка</translation>
        </message>
        <message>
            <source>Earning</source>
            <translation>Начисление</translation>
        </message>
        <message>
            <source>Percent back</source>
            <translation>Процент от суммы</translation>
        </message>
        <message>
            <source>Tiers count</source>
            <translation>Уровень считается по</translation>
        </message>
        <message>
            <source>Points per amount</source>
            <translation>Баллы за сумму</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Сумма покупок</translation>
        </message>
        <message>
            <source>Points earned</source>
            <translation>Начисленные баллы</translation>
        </message>
        <message>
            <source>Tiers (the first starts at 0)</source>
            <translation>Уровни (первый начинается с 0)</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Benefits</source>
            <translation>Преимущества</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Акции</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Remove this tier</source>
            <translation>Удалить уровень</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Конец</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Категории</translation>
        </message>
        <message>
            <source>Minimum spend</source>
            <translation>Мин. сумма покупки</translation>
        </message>
        <message>
            <source>Shops</source>
            <translation>Магазины</translation>
        </message>
        <message>
            <source>shop codes; empty: every shop</source>
            <translation>коды магазинов; пусто: все магазины</translation>
        </message>
        <message>
            <source>Remove this promotion</source>
            <translation>Удалить акцию</translation>
        </message>
        <message>
            <source>For each %1 spent</source>
            <translation>За каждые потраченные %1</translation>
        </message>
        <message>
            <source>Given back as points</source>
            <translation>Возвращается баллами</translation>
        </message>
        <message>
            <source>One point is worth</source>
            <translation>Стоимость одного балла</translation>
        </message>
        <message>
            <source>Points expire after</source>
            <translation>Баллы сгорают через</translation>
        </message>
        <message>
            <source>Tiers count the last</source>
            <translation>Уровень считается за последние</translation>
        </message>
        <message>
            <source>Birthday present</source>
            <translation>Подарок на день рождения</translation>
        </message>
        <message>
            <source>Vouchers are valid for</source>
            <translation>Купоны действуют</translation>
        </message>
        <message>
            <source>% of the purchase</source>
            <translation>% от покупки</translation>
        </message>
        <message>
            <source>days (0: never)</source>
            <translation>дней (0: никогда)</translation>
        </message>
        <message>
            <source>days</source>
            <translation>дней</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>Добавить уровень</translation>
        </message>
        <message>
            <source>Add promotion</source>
            <translation>Добавить акцию</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Why the rules change</source>
            <translation>Причина изменения правил</translation>
        </message>
        <message>
            <source>Rules apply from</source>
            <translation>Правила действуют с</translation>
        </message>
        <message>
            <source>DD.MM.YYYY, empty: now</source>
            <translation>ДД.ММ.ГГГГ, пусто: сейчас</translation>
        </message>
        <message>
            <source>Save the rules</source>
            <translation>Сохранить правила</translation>
        </message>
        <message>
            <source>Earlier versions</source>
            <translation>Предыдущие версии</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Сохранено</translation>
        </message>
    </context>
    <context>
        <name>PurchasePage</name>
        <message>
            <source>Scan the customer's card or type the card or phone number.</source>
            <translation>Отсканируйте карту покупателя или введите номер карты или телефона.</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>телефон</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 points · %4</source>
            <translation>%1 · %2 · баллов: %3 · %4</translation>
        </message>
        <message>
            <source>Type or scan the receipt number.</source>
            <translation>Введите или отсканируйте номер чека.</translation>
        </message>
        <message>
            <source>Receipt %1 was already recorded on %2; no points were added.</source>
            <translation>Чек %1 уже был записан %2; баллы не начислены.</translation>
        </message>
        <message numerus="yes">
            <source>Recorded %1 for %2, +%n point(s)</source>
            <translation>
                <numerusform>Записано %1 для %2, +%n балл</numerusform>
                <numerusform>Записано %1 для %2, +%n балла</numerusform>
                <numerusform>Записано %1 для %2, +%n баллов</numerusform>
            </translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>Receipt %1.</source>
            <translation>Чек %1.</translation>
        </message>
        <message>
            <source>New balance: %1 points.</source>
            <translation>Баллов на счёте: %1.</translation>
        </message>
        <message>
            <source>Card %1: not on this kiosk while the line is down. The purchase is kept and its points are added when the line is back.</source>
            <translation>Карта %1: пока нет связи, её нет на этом киоске. Покупка сохранена, баллы начислятся, когда связь вернётся.</translation>
        </message>
        <message>
            <source>Recorded %1 for card %2</source>
            <translation>Записано %1 на карту %2</translation>
        </message>
        <message>
            <source>The points are added when the line is back.</source>
            <translation>Баллы начислятся, когда связь вернётся.</translation>
        </message>
        <message>
            <source>Scan the next customer's card.</source>
            <translation>Отсканируйте карту следующего покупателя.</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Покупка</translation>
        </message>
        <message>
            <source>Record a purchase</source>
            <translation>Регистрация покупки</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Покупатель</translation>
        </message>
        <message>
            <source>Scan the card, or type card or phone number</source>
            <translation>Отсканируйте карту или введите номер карты или телефона</translation>
        </message>
        <message>
            <source>Customer card or phone</source>
            <translation>Карта или телефон покупателя</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Найти</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Чек</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Номер чека</translation>
        </message>
        <message>
            <source>Receipt number from the till</source>
            <translation>Номер чека с кассы</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Record purchase</source>
            <translation>Записать покупку</translation>
        </message>
    </context>
    <context>
        <name>RedeemFlow</name>
        <message>
            <source>Vouchers cannot be printed right now</source>
            <translation>Сейчас нельзя напечатать купон</translation>
        </message>
        <message>
            <source>The printer is not ready. No points have been taken. Please ask a member of staff.</source>
            <translation>Принтер не готов. Баллы не списаны. Пожалуйста, обратитесь к сотруднику.</translation>
        </message>
    </context>
    <context>
        <name>RefundPage</name>
        <message>
            <source>Type or scan the receipt number.</source>
            <translation>Введите или отсканируйте номер чека.</translation>
        </message>
        <message numerus="yes">
            <source>Refunded %1 on receipt %2: %n point(s) taken back</source>
            <translation>
                <numerusform>Возврат %1 по чеку %2: списан %n балл</numerusform>
                <numerusform>Возврат %1 по чеку %2: списано %n балла</numerusform>
                <numerusform>Возврат %1 по чеку %2: списано %n баллов</numerusform>
            </translation>
        </message>
        <message>
            <source>New balance: %1 points.</source>
            <translation>Баллов на счёте: %1.</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Возврат</translation>
        </message>
        <message>
            <source>Refund by receipt</source>
            <translation>Возврат по чеку</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Чек</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Номер чека</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Amount to refund</source>
            <translation>Сумма возврата</translation>
        </message>
        <message>
            <source>Empty: refund everything that is left</source>
            <translation>Пусто: вернуть весь остаток</translation>
        </message>
        <message>
            <source>Touch again to refund</source>
            <translation>Коснитесь ещё раз, чтобы оформить возврат</translation>
        </message>
    </context>
    <context>
        <name>ResultScreen</name>
        <message>
            <source>Take your voucher</source>
            <translation>Возьмите купон</translation>
        </message>
        <message>
            <source>Thank you!</source>
            <translation>Спасибо!</translation>
        </message>
        <message>
            <source>Your voucher for %1 is printed below the screen. Show it at the till.</source>
            <translation>Купон на «%1» напечатан под экраном. Покажите его на кассе.</translation>
        </message>
        <message>
            <source>You gave %1 to %2. Please take your slip.</source>
            <translation>Вы пожертвовали %1: %2. Возьмите, пожалуйста, чек.</translation>
        </message>
        <message>
            <source>Your voucher is saved</source>
            <translation>Ваш купон сохранён</translation>
        </message>
        <message>
            <source>Thank you! Your donation is saved</source>
            <translation>Спасибо! Пожертвование сохранено</translation>
        </message>
        <message>
            <source>Nothing is lost: please go to the till and show this code. Staff will print your voucher for you.</source>
            <translation>Ничего не потеряно: подойдите к кассе и покажите этот код. Сотрудник напечатает купон для вас.</translation>
        </message>
        <message>
            <source>Your points have been given; no slip is needed.</source>
            <translation>Баллы переданы, чек не нужен.</translation>
        </message>
        <message>
            <source>Voucher code %1</source>
            <translation>Код купона %1</translation>
        </message>
        <message>
            <source>Points left: %1</source>
            <translation>Осталось: %1</translation>
        </message>
        <message>
            <source>Preview of your voucher</source>
            <translation>Предпросмотр купона</translation>
        </message>
        <message>
            <source>Preview of your slip</source>
            <translation>Предпросмотр чека</translation>
        </message>
        <message>
            <source>Back to my rewards</source>
            <translation>К моим наградам</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>Done, back to the start</source>
            <translation>Готово, вернуться в начало</translation>
        </message>
    </context>
    <context>
        <name>RoleChoice</name>
        <message>
            <source>Clerk</source>
            <translation>Кассир</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
    </context>
    <context>
        <name>ScheduledWorkBox</name>
        <message>
            <source>Scheduled work</source>
            <translation>Работа по расписанию</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Чтение…</translation>
        </message>
        <message>
            <source>Points expiry</source>
            <translation>Сгорание баллов</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Резервная копия</translation>
        </message>
        <message>
            <source>Report totals</source>
            <translation>Итоги отчётов</translation>
        </message>
        <message>
            <source>Clean-up of old previews and exports</source>
            <translation>Удаление старых просмотров и выгрузок</translation>
        </message>
        <message>
            <source>Backup: the chain's database server is backed up on the server (pg_dump), not by the kiosk</source>
            <translation>Резервная копия: сервер базы данных сети копируется на самом сервере (pg_dump), а не киоском</translation>
        </message>
        <message>
            <source>%1: never run yet</source>
            <translation>%1: ещё ни разу не выполнялось</translation>
        </message>
        <message>
            <source>next: %1</source>
            <translation>следующий запуск: %1</translation>
        </message>
        <message>
            <source>%1 failed at %2: %3</source>
            <translation>%1 — сбой (%2): %3</translation>
        </message>
        <message>
            <source>Points expiry %1: nothing had expired</source>
            <translation>Сгорание баллов %1: сгорать было нечему</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n участник</numerusform>
                <numerusform>%n участника</numerusform>
                <numerusform>%n участников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Points expiry %1: %n point(s) expired (%2)</source>
            <translation>
                <numerusform>Сгорание баллов %1: сгорел %n балл (%2)</numerusform>
                <numerusform>Сгорание баллов %1: сгорело %n балла (%2)</numerusform>
                <numerusform>Сгорание баллов %1: сгорело %n баллов (%2)</numerusform>
            </translation>
        </message>
        <message>
            <source>Last backup %1, %2, ok</source>
            <translation>Последняя резервная копия %1, %2, успешно</translation>
        </message>
        <message numerus="yes">
            <source>Clean-up %1: %n old file(s) deleted</source>
            <translation>
                <numerusform>Очистка %1: удалён %n старый файл</numerusform>
                <numerusform>Очистка %1: удалено %n старых файла</numerusform>
                <numerusform>Очистка %1: удалено %n старых файлов</numerusform>
            </translation>
        </message>
        <message>
            <source>Report totals counted %1</source>
            <translation>Итоги отчётов подсчитаны %1</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>диск заполнен</translation>
        </message>
        <message>
            <source>the folder cannot be written to</source>
            <translation>в папку нельзя записать</translation>
        </message>
        <message>
            <source>the database could not be used</source>
            <translation>база данных недоступна</translation>
        </message>
        <message>
            <source>a file could not be read or written</source>
            <translation>не удалось прочитать или записать файл</translation>
        </message>
        <message>
            <source>an unexpected error (see the log)</source>
            <translation>непредвиденная ошибка (см. журнал)</translation>
        </message>
        <message>
            <source>%1 today</source>
            <translation>сегодня в %1</translation>
        </message>
        <message>
            <source>%1 yesterday</source>
            <translation>вчера в %1</translation>
        </message>
        <message>
            <source>%1 tomorrow</source>
            <translation>завтра в %1</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 ГБ</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 МБ</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 КБ</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n байт</numerusform>
                <numerusform>%n байта</numerusform>
                <numerusform>%n байт</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetupScreen</name>
        <message>
            <source>The shop name must be 1 to 60 letters or digits.</source>
            <translation>Название магазина — от 1 до 60 букв или цифр.</translation>
        </message>
        <message>
            <source>This is not a country. Type its name or its two-letter code, such as GB, TR or RU.</source>
            <translation>Такой страны нет. Введите название или двухбуквенный код, например GB, TR или RU.</translation>
        </message>
        <message>
            <source>This is not a currency. Type its three-letter code, such as GBP, TRY, RUB or EUR.</source>
            <translation>Такой валюты нет. Введите трёхбуквенный код, например GBP, TRY, RUB или EUR.</translation>
        </message>
        <message>
            <source>This is not a time zone. Choose one, or type a name such as Europe/London.</source>
            <translation>Такого часового пояса нет. Выберите из списка или введите название, например Europe/Moscow.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits.</source>
            <translation>PIN состоит из 4–6 цифр.</translation>
        </message>
        <message>
            <source>Choose a country or type its name.</source>
            <translation>Выберите страну или введите её название.</translation>
        </message>
        <message>
            <source>Looking for printers…</source>
            <translation>Ищем принтеры…</translation>
        </message>
        <message>
            <source>Simulated printer (for trying the kiosk)</source>
            <translation>Имитация (для пробы киоска)</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>Без принтера</translation>
        </message>
        <message numerus="yes">
            <source>%n printer(s) found.</source>
            <translation>
                <numerusform>Найден %n принтер.</numerusform>
                <numerusform>Найдено %n принтера.</numerusform>
                <numerusform>Найдено %n принтеров.</numerusform>
            </translation>
        </message>
        <message>
            <source>Printing a test page…</source>
            <translation>Печатаем тестовую страницу…</translation>
        </message>
        <message>
            <source>Did the test page come out?</source>
            <translation>Тестовая страница напечаталась?</translation>
        </message>
        <message>
            <source>The printer works.</source>
            <translation>Принтер работает.</translation>
        </message>
        <message>
            <source>Check the paper and the cable, or choose another printer.</source>
            <translation>Проверьте бумагу и кабель или выберите другой принтер.</translation>
        </message>
        <message>
            <source>Choose a printer, or No printer.</source>
            <translation>Выберите принтер или «Без принтера».</translation>
        </message>
        <message>
            <source>Looking for scanners…</source>
            <translation>Ищем сканеры…</translation>
        </message>
        <message>
            <source>Keyboard (USB wedge) scanner</source>
            <translation>Сканер-клавиатура (USB)</translation>
        </message>
        <message>
            <source>Scan any barcode now.</source>
            <translation>Отсканируйте сейчас любой штрихкод.</translation>
        </message>
        <message>
            <source>The scanner could not be opened.</source>
            <translation>Не удалось открыть сканер.</translation>
        </message>
        <message>
            <source>Seen: %1</source>
            <translation>Считано: %1</translation>
        </message>
        <message>
            <source>No scan seen. Check the cable, or skip this test.</source>
            <translation>Сканирование не получено. Проверьте кабель или пропустите проверку.</translation>
        </message>
        <message>
            <source>Type the first manager's name.</source>
            <translation>Введите имя первого менеджера.</translation>
        </message>
        <message>
            <source>The two PINs differ. Type a new PIN.</source>
            <translation>PIN-коды не совпадают. Введите новый PIN.</translation>
        </message>
        <message>
            <source> (test page printed)</source>
            <translation> (тестовая страница напечатана)</translation>
        </message>
        <message>
            <source> (the test page did not come out)</source>
            <translation> (тестовая страница не вышла)</translation>
        </message>
        <message>
            <source>Printer: %1</source>
            <translation>Принтер: %1</translation>
        </message>
        <message>
            <source>Scanner: %1</source>
            <translation>Сканер: %1</translation>
        </message>
        <message>
            <source>keyboard (USB wedge)</source>
            <translation>сканер-клавиатура (USB)</translation>
        </message>
        <message>
            <source>First manager: %1</source>
            <translation>Первый менеджер: %1</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Демо-данные</translation>
        </message>
        <message>
            <source>An empty shop</source>
            <translation>Пустой магазин</translation>
        </message>
        <message>
            <source>The settings are written to %1. To change them later, edit that file (docs/config.example.toml explains every key) or run `python main.py setup --force`.</source>
            <translation>Настройки записываются в %1. Чтобы изменить их позже, отредактируйте этот файл (каждый ключ описан в docs/config.example.toml) или запустите `python main.py setup --force`.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Сохраняем…</translation>
        </message>
        <message>
            <source>Saved. Starting the kiosk…</source>
            <translation>Сохранено. Запускаем киоск…</translation>
        </message>
        <message>
            <source>Welcome! Choose the kiosk's language</source>
            <translation>Добро пожаловать! Выберите язык киоска</translation>
        </message>
        <message>
            <source>The shop's name</source>
            <translation>Название магазина</translation>
        </message>
        <message>
            <source>The shop's country</source>
            <translation>Страна магазина</translation>
        </message>
        <message>
            <source>Currency and time zone</source>
            <translation>Валюта и часовой пояс</translation>
        </message>
        <message>
            <source>The receipt printer</source>
            <translation>Чековый принтер</translation>
        </message>
        <message>
            <source>The barcode scanner</source>
            <translation>Сканер штрихкодов</translation>
        </message>
        <message>
            <source>The first manager</source>
            <translation>Первый менеджер</translation>
        </message>
        <message>
            <source>Type the same PIN again</source>
            <translation>Введите тот же PIN ещё раз</translation>
        </message>
        <message>
            <source>The manager's PIN</source>
            <translation>PIN менеджера</translation>
        </message>
        <message>
            <source>Demo data or an empty shop?</source>
            <translation>Демо-данные или пустой магазин?</translation>
        </message>
        <message>
            <source>Ready to save</source>
            <translation>Всё готово к сохранению</translation>
        </message>
        <message>
            <source>The set-up speaks this language; customers can still choose theirs.</source>
            <translation>Настройка пойдёт на этом языке; покупатели по-прежнему смогут выбрать свой.</translation>
        </message>
        <message>
            <source>Shown on the screen and printed on every voucher.</source>
            <translation>Показывается на экране и печатается на каждом купоне.</translation>
        </message>
        <message>
            <source>It decides the phone numbers, the currency and the time zone; each can be changed next.</source>
            <translation>От неё зависят телефонные номера, валюта и часовой пояс; всё это можно изменить на следующем шаге.</translation>
        </message>
        <message>
            <source>Suggested for the country; change them if they are wrong.</source>
            <translation>Предложено для страны; исправьте, если неверно.</translation>
        </message>
        <message>
            <source>Choose the printer, print a test page and say whether it came out. A network printer: type its address as host:port and search.</source>
            <translation>Выберите принтер, напечатайте тестовую страницу и скажите, вышла ли она. Сетевой принтер: введите адрес как host:port и нажмите поиск.</translation>
        </message>
        <message>
            <source>Choose the scanner, then scan any barcode to test it.</source>
            <translation>Выберите сканер, затем отсканируйте любой штрихкод для проверки.</translation>
        </message>
        <message>
            <source>Managers open the staff screen and add the other staff.</source>
            <translation>Менеджеры открывают экран персонала и добавляют остальных сотрудников.</translation>
        </message>
        <message>
            <source>4 to 6 digits, typed twice.</source>
            <translation>От 4 до 6 цифр, дважды.</translation>
        </message>
        <message>
            <source>Demo data fills the kiosk with pretend members to try it; an empty shop starts with no members and no rewards.</source>
            <translation>Демо-данные заполняют киоск вымышленными участниками для пробы; пустой магазин начинается без участников и без наград.</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Шаг %1 из %2</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Save and start</source>
            <translation>Сохранить и запустить</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <source>Another country: type its name or code</source>
            <translation>Другая страна: введите название или код</translation>
        </message>
        <message>
            <source>Currency (ISO code, e.g. GBP, TRY, RUB, EUR)</source>
            <translation>Валюта (код ISO, например GBP, TRY, RUB, EUR)</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Часовой пояс</translation>
        </message>
        <message>
            <source>Network printer address (host:port)</source>
            <translation>Адрес сетевого принтера (host:port)</translation>
        </message>
        <message>
            <source>Search again</source>
            <translation>Искать снова</translation>
        </message>
        <message>
            <source>Print a test page</source>
            <translation>Печать тестовой страницы</translation>
        </message>
        <message>
            <source>Yes, it came out</source>
            <translation>Да, напечаталась</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Test scan</source>
            <translation>Проверить сканер</translation>
        </message>
        <message>
            <source>Demo data
pretend members, rewards and history</source>
            <translation>Демо-данные
вымышленные участники, награды и история</translation>
        </message>
        <message>
            <source>An empty shop
no members, no rewards yet</source>
            <translation>Пустой магазин
пока без участников и наград</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ОК</translation>
        </message>
    </context>
    <context>
        <name>ShopChoice</name>
        <message>
            <source>Whole chain</source>
            <translation>Вся сеть</translation>
        </message>
    </context>
    <context>
        <name>StaffAccountsPage</name>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Кассир</translation>
        </message>
        <message>
            <source>switched off</source>
            <translation>отключена</translation>
        </message>
        <message>
            <source>locked by a manager</source>
            <translation>заблокирована менеджером</translation>
        </message>
        <message>
            <source>locked until %1</source>
            <translation>заблокирована до %1</translation>
        </message>
        <message>
            <source>card locked until %1</source>
            <translation>вход по карте заблокирован до %1</translation>
        </message>
        <message>
            <source>active</source>
            <translation>активен</translation>
        </message>
        <message>
            <source>locked by %1</source>
            <translation>заблокирована сотрудником %1</translation>
        </message>
        <message numerus="yes">
            <source>locked until %1 after %n wrong PIN(s)</source>
            <translation>
                <numerusform>заблокирована до %1 после %n неверного PIN-кода</numerusform>
                <numerusform>заблокирована до %1 после %n неверных PIN-кодов</numerusform>
                <numerusform>заблокирована до %1 после %n неверных PIN-кодов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>card login locked until %1 after %n wrong PIN(s)</source>
            <translation>
                <numerusform>вход по карте заблокирован до %1 после %n неверного PIN-кода</numerusform>
                <numerusform>вход по карте заблокирован до %1 после %n неверных PIN-кодов</numerusform>
                <numerusform>вход по карте заблокирован до %1 после %n неверных PIN-кодов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>active, %n wrong PIN(s) since the last login</source>
            <translation>
                <numerusform>активен, %n неверный PIN-код с последнего входа</numerusform>
                <numerusform>активен, %n неверных PIN-кода с последнего входа</numerusform>
                <numerusform>активен, %n неверных PIN-кодов с последнего входа</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved the changes to %1.</source>
            <translation>Изменения для %1 сохранены.</translation>
        </message>
        <message>
            <source>%1 has a new PIN.</source>
            <translation>У %1 новый PIN.</translation>
        </message>
        <message>
            <source>%1 is unlocked and can log in.</source>
            <translation>%1: разблокировано, можно входить.</translation>
        </message>
        <message>
            <source>%1 is locked and cannot log in.</source>
            <translation>%1: заблокировано, вход невозможен.</translation>
        </message>
        <message>
            <source>%1 can log in again.</source>
            <translation>%1 снова может входить.</translation>
        </message>
        <message>
            <source>%1 is switched off and cannot log in.</source>
            <translation>%1: отключено, вход невозможен.</translation>
        </message>
        <message>
            <source>Type the new staff member's name.</source>
            <translation>Введите имя нового сотрудника.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN twice again.</source>
            <translation>PIN-коды не совпадают. Введите PIN дважды ещё раз.</translation>
        </message>
        <message>
            <source>Added %1 as %2. They can log in now.</source>
            <translation>%1 добавлен(а) как %2. Теперь можно входить.</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>Учётные записи</translation>
        </message>
        <message>
            <source>Add staff member</source>
            <translation>Добавить сотрудника</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Staff card</source>
            <translation>Карта сотрудника</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Last login</source>
            <translation>Последний вход</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Магазин</translation>
        </message>
        <message>
            <source>STAFF-… (empty: no card)</source>
            <translation>STAFF-… (пусто: без карты)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Новый PIN</translation>
        </message>
        <message>
            <source>4 to 6 digits</source>
            <translation>от 4 до 6 цифр</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>Задать PIN</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Заблокировать</translation>
        </message>
        <message>
            <source>Why? (optional)</source>
            <translation>Почему? (необязательно)</translation>
        </message>
        <message>
            <source>Reason for locking or unlocking</source>
            <translation>Причина блокировки или разблокировки</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <source>Touch again to lock</source>
            <translation>Коснитесь ещё раз, чтобы заблокировать</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Войти</translation>
        </message>
        <message>
            <source>Switch on</source>
            <translation>Включить</translation>
        </message>
        <message>
            <source>Touch again to switch off</source>
            <translation>Коснитесь ещё раз, чтобы выключить</translation>
        </message>
        <message>
            <source>Switch off</source>
            <translation>Выключить</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Повторите PIN</translation>
        </message>
        <message>
            <source>STAFF-… (optional)</source>
            <translation>STAFF-… (необязательно)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Начислить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>StaffArea</name>
        <message>
            <source>This page does not use scans.</source>
            <translation>На этой странице сканирование не используется.</translation>
        </message>
        <message numerus="yes">
            <source>Logging out in %n s. Touch the screen to stay.</source>
            <translation>
                <numerusform>Выход через %n с. Коснитесь экрана, чтобы остаться.</numerusform>
                <numerusform>Выход через %n с. Коснитесь экрана, чтобы остаться.</numerusform>
                <numerusform>Выход через %n с. Коснитесь экрана, чтобы остаться.</numerusform>
            </translation>
        </message>
        <message>
            <source>Touch again to close</source>
            <translation>Коснитесь ещё раз, чтобы закрыть</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>менеджер</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>кассир</translation>
        </message>
        <message>
            <source>Staff: %1 (%2)</source>
            <translation>Сотрудник: %1 (%2)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>Close the kiosk program</source>
            <translation>Закрыть программу киоска</translation>
        </message>
    </context>
    <context>
        <name>StaffDesk</name>
        <message numerus="yes">
            <source>That PIN is not right. %n attempt(s) left before the account locks.</source>
            <translation>
                <numerusform>Неверный PIN. До блокировки учётной записи осталась %n попытка.</numerusform>
                <numerusform>Неверный PIN. До блокировки учётной записи осталось %n попытки.</numerusform>
                <numerusform>Неверный PIN. До блокировки учётной записи осталось %n попыток.</numerusform>
            </translation>
        </message>
        <message>
            <source>This account is locked. A manager can unlock it.</source>
            <translation>Учётная запись заблокирована. Разблокировать её может менеджер.</translation>
        </message>
        <message>
            <source>Too many wrong PINs. The account is locked until %1.</source>
            <translation>Слишком много неверных PIN. Учётная запись заблокирована до %1.</translation>
        </message>
        <message>
            <source>With a staff card, scan it to log in without waiting.</source>
            <translation>Если у вас есть карта сотрудника, отсканируйте её, чтобы войти без ожидания.</translation>
        </message>
        <message>
            <source>This staff card is not registered.</source>
            <translation>Эта карта сотрудника не зарегистрирована.</translation>
        </message>
        <message>
            <source>That scan did not read right. Scan again.</source>
            <translation>Код не считался. Отсканируйте ещё раз.</translation>
        </message>
    </context>
    <context>
        <name>StaffLoginScreen</name>
        <message>
            <source>Type the manager's name first.</source>
            <translation>Сначала введите имя менеджера.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits.</source>
            <translation>PIN состоит из 4–6 цифр.</translation>
        </message>
        <message>
            <source>The two PINs differ. Type them again.</source>
            <translation>PIN-коды не совпадают. Введите их ещё раз.</translation>
        </message>
        <message>
            <source>Hello %1, type your staff PIN</source>
            <translation>Здравствуйте, %1! Введите свой PIN</translation>
        </message>
        <message>
            <source>Create the first manager</source>
            <translation>Создайте первого менеджера</translation>
        </message>
        <message>
            <source>No staff accounts yet. The first account is a manager who can add the others.</source>
            <translation>Учётных записей сотрудников пока нет. Первая учётная запись — менеджер, который сможет добавить остальных.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Персонал</translation>
        </message>
        <message>
            <source>Touch your name or scan your staff card</source>
            <translation>Коснитесь своего имени или отсканируйте карту сотрудника</translation>
        </message>
        <message>
            <source>Scan your staff card</source>
            <translation>Отсканируйте карту сотрудника</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Войти</translation>
        </message>
        <message>
            <source>Create manager</source>
            <translation>Создать менеджера</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Повторите PIN</translation>
        </message>
        <message>
            <source>Back to the customer screen</source>
            <translation>К экрану покупателя</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
    </context>
    <context>
        <name>StaffProblems</name>
        <message>
            <source>Nothing was entered: scan or type it first.</source>
            <translation>Ничего не введено: сначала отсканируйте или введите.</translation>
        </message>
        <message>
            <source>The card number did not read right (check digit). Scan it again.</source>
            <translation>Номер карты считан неверно (контрольная цифра). Отсканируйте ещё раз.</translation>
        </message>
        <message>
            <source>That is not a loyalty card number of this shop.</source>
            <translation>Это не номер карты лояльности нашего магазина.</translation>
        </message>
        <message>
            <source>This card is not registered. Enrol the customer on the Members page.</source>
            <translation>Карта не зарегистрирована. Зарегистрируйте покупателя на странице «Участники».</translation>
        </message>
        <message>
            <source>This card is blocked (lost or replaced). Find the member on the Members page.</source>
            <translation>Карта заблокирована (утеряна или заменена). Найдите участника на странице «Участники».</translation>
        </message>
        <message>
            <source>This member's account is blocked. A manager can unblock it.</source>
            <translation>Учётная запись участника заблокирована. Разблокировать может менеджер.</translation>
        </message>
        <message>
            <source>This member's account was erased or does not exist.</source>
            <translation>Учётная запись участника удалена или не существует.</translation>
        </message>
        <message>
            <source>This account was merged into another member.</source>
            <translation>Эта учётная запись объединена с другим участником.</translation>
        </message>
        <message>
            <source>That is not a phone number.</source>
            <translation>Это не номер телефона.</translation>
        </message>
        <message>
            <source>No member has this phone number.</source>
            <translation>Участника с таким номером телефона нет.</translation>
        </message>
        <message>
            <source>Another member already has this phone number.</source>
            <translation>Этот номер телефона уже есть у другого участника.</translation>
        </message>
        <message>
            <source>This card already belongs to a member.</source>
            <translation>Эта карта уже принадлежит участнику.</translation>
        </message>
        <message>
            <source>Type a name first.</source>
            <translation>Сначала введите имя.</translation>
        </message>
        <message>
            <source>That name is too long.</source>
            <translation>Имя слишком длинное.</translation>
        </message>
        <message>
            <source>The name has a hidden control or direction character (perhaps pasted). Type it again.</source>
            <translation>В имени есть скрытый управляющий символ или символ направления текста (возможно, вставленный). Введите его заново.</translation>
        </message>
        <message>
            <source>The text has a hidden control or direction character (perhaps pasted). Type it again.</source>
            <translation>В тексте есть скрытый управляющий символ или символ направления текста (возможно, вставленный). Введите его заново.</translation>
        </message>
        <message>
            <source>The birthday is not a possible date.</source>
            <translation>Дата рождения невозможна.</translation>
        </message>
        <message>
            <source>The e-mail address does not look right.</source>
            <translation>Адрес электронной почты выглядит неверно.</translation>
        </message>
        <message>
            <source>The member does not have enough points for that.</source>
            <translation>У участника недостаточно баллов.</translation>
        </message>
        <message>
            <source>Type the receipt number from the till (at most 80 characters).</source>
            <translation>Введите номер чека с кассы (не более 80 символов).</translation>
        </message>
        <message>
            <source>No purchase with this receipt number is recorded at this shop.</source>
            <translation>Покупки с таким номером чека в этом магазине нет.</translation>
        </message>
        <message>
            <source>This receipt has already been refunded in full.</source>
            <translation>По этому чеку уже оформлен полный возврат.</translation>
        </message>
        <message>
            <source>Another till refunded this receipt at the same moment. Check it again.</source>
            <translation>Другая касса одновременно оформила возврат по этому чеку. Проверьте ещё раз.</translation>
        </message>
        <message>
            <source>This needs the chain's server, which cannot be reached right now. Try again when the kiosk is back online.</source>
            <translation>Для этого нужен сервер сети, а он сейчас недоступен. Попробуйте снова, когда связь восстановится.</translation>
        </message>
        <message>
            <source>Rewards cannot be redeemed while the kiosk is offline.</source>
            <translation>Пока у киоска нет связи, награды получить нельзя.</translation>
        </message>
        <message>
            <source>This member reached the chain's limit for rewards while the kiosk is offline.</source>
            <translation>Участник исчерпал лимит сети на награды без связи.</translation>
        </message>
        <message>
            <source>Only points confirmed before the kiosk went offline can be spent now.</source>
            <translation>Сейчас можно тратить только баллы, подтверждённые до потери связи.</translation>
        </message>
        <message>
            <source>Could not be checked against other shops, and this chain accepts no vouchers while offline.</source>
            <translation>Не удалось сверить с записями других магазинов, а сеть не принимает купоны без связи.</translation>
        </message>
        <message>
            <source>The voucher printed offline was replaced by one saved just before the line dropped: reprint that one for the customer.</source>
            <translation>Купон, напечатанный без связи, заменён купоном, сохранённым перед обрывом связи: перепечатайте его для покупателя.</translation>
        </message>
        <message>
            <source>This voucher was also redeemed at another shop while this kiosk was offline.</source>
            <translation>Пока у киоска не было связи, этот купон погасили и в другом магазине.</translation>
        </message>
        <message>
            <source>The amount is not right: type it like 12.50, more than zero and not more than what is left.</source>
            <translation>Неверная сумма: введите как 12.50, больше нуля и не больше остатка.</translation>
        </message>
        <message>
            <source>Type a reason first.</source>
            <translation>Сначала укажите причину.</translation>
        </message>
        <message>
            <source>Type how many points.</source>
            <translation>Укажите количество баллов.</translation>
        </message>
        <message>
            <source>Choose two different members.</source>
            <translation>Выберите двух разных участников.</translation>
        </message>
        <message>
            <source>Points can only move to an active member.</source>
            <translation>Баллы можно перенести только активному участнику.</translation>
        </message>
        <message>
            <source>The duplicate still has unused vouchers: redeem or void them first.</source>
            <translation>У дубликата есть неиспользованные купоны: сначала погасите или аннулируйте их.</translation>
        </message>
        <message>
            <source>The member's account changed meanwhile. Open it again.</source>
            <translation>Учётная запись участника за это время изменилась. Откройте её снова.</translation>
        </message>
        <message>
            <source>That is not a voucher of this shop.</source>
            <translation>Это не купон нашего магазина.</translation>
        </message>
        <message>
            <source>This voucher is not known here.</source>
            <translation>Этот купон здесь неизвестен.</translation>
        </message>
        <message>
            <source>This voucher is used, void or expired: it cannot be printed again.</source>
            <translation>Купон использован, аннулирован или истёк: напечатать его снова нельзя.</translation>
        </message>
        <message>
            <source>There is already a staff account with this name.</source>
            <translation>Сотрудник с таким именем уже есть.</translation>
        </message>
        <message>
            <source>This staff card belongs to another account.</source>
            <translation>Эта карта сотрудника принадлежит другой учётной записи.</translation>
        </message>
        <message>
            <source>A staff card code starts with STAFF-.</source>
            <translation>Код карты сотрудника начинается с STAFF-.</translation>
        </message>
        <message>
            <source>The shop needs at least one manager who can log in.</source>
            <translation>В магазине должен быть хотя бы один менеджер, который может войти.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits.</source>
            <translation>PIN состоит из 4–6 цифр.</translation>
        </message>
        <message>
            <source>Choose clerk or manager.</source>
            <translation>Выберите: кассир или менеджер.</translation>
        </message>
        <message>
            <source>Rules apply from now on: choose today or a later date.</source>
            <translation>Правила действуют с текущего момента: выберите сегодня или более позднюю дату.</translation>
        </message>
        <message>
            <source>This reward is not available.</source>
            <translation>Эта награда недоступна.</translation>
        </message>
        <message>
            <source>Printing is switched off on this kiosk.</source>
            <translation>Печать на этом киоске отключена.</translation>
        </message>
        <message>
            <source>This needs a manager.</source>
            <translation>Для этого нужен менеджер.</translation>
        </message>
        <message>
            <source>This account belongs to another shop: it logs in at that shop's kiosks only.</source>
            <translation>Эта учётная запись принадлежит другому магазину: вход возможен только на киосках этого магазина.</translation>
        </message>
        <message>
            <source>A shop's manager manages that shop's own accounts only.</source>
            <translation>Менеджер магазина управляет только учётными записями своего магазина.</translation>
        </message>
        <message>
            <source>There is no shop with this code.</source>
            <translation>Магазина с таким кодом нет.</translation>
        </message>
        <message>
            <source>A shop code is 1 to 40 letters A-Z, digits, - or _.</source>
            <translation>Код магазина — от 1 до 40 знаков: латинские буквы A-Z, цифры, - или _.</translation>
        </message>
        <message>
            <source>There is already a shop with this code.</source>
            <translation>Магазин с таким кодом уже есть.</translation>
        </message>
        <message>
            <source>This is offered at other shops, not at this one.</source>
            <translation>Это предлагается в других магазинах, а не в этом.</translation>
        </message>
        <message>
            <source>The phone look-up is not locked.</source>
            <translation>Поиск по телефону не заблокирован.</translation>
        </message>
        <message>
            <source>Too many PIN attempts at once for this account. Try again.</source>
            <translation>Слишком много одновременных попыток ввода PIN для этой учётной записи. Попробуйте снова.</translation>
        </message>
        <message>
            <source>The kiosk's disk is full; nothing was changed. Free some space (old backups and exports) or call for help.</source>
            <translation>Диск киоска заполнен; ничего не изменено. Освободите место (старые резервные копии и выгрузки) или позовите на помощь.</translation>
        </message>
        <message>
            <source>Another kiosk changed this at the same moment; nothing was changed. Try again.</source>
            <translation>Другой киоск изменил это в тот же момент; ничего не изменено. Попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>Check the form: %1</source>
            <translation>Проверьте форму: %1</translation>
        </message>
        <message>
            <source>Check the rules: %1</source>
            <translation>Проверьте правила: %1</translation>
        </message>
        <message>
            <source>Something went wrong; nothing was changed. Try again, or tell a manager.</source>
            <translation>Что-то пошло не так; ничего не изменено. Попробуйте ещё раз или сообщите менеджеру.</translation>
        </message>
        <message>
            <source>The database is not answering; nothing was changed. Try again soon.</source>
            <translation>База данных не отвечает; ничего не изменено. Повторите попытку чуть позже.</translation>
        </message>
        <message>
            <source>Receipt %1 was already recorded on %2; no points were added.</source>
            <translation>Чек %1 уже был записан %2; баллы не начислены.</translation>
        </message>
        <message>
            <source>This receipt was recorded before for another card or amount.</source>
            <translation>Этот чек уже был записан на другую карту или сумму.</translation>
        </message>
    </context>
    <context>
        <name>TerminalsPage</name>
        <message>
            <source>Terminals</source>
            <translation>Терминалы</translation>
        </message>
        <message>
            <source>All shops</source>
            <translation>Все магазины</translation>
        </message>
        <message>
            <source>No terminal has reported in yet.</source>
            <translation>Ни один терминал ещё не выходил на связь.</translation>
        </message>
        <message>
            <source>Updated at %1; again every 30 seconds.</source>
            <translation>Обновлено в %1; обновляется каждые 30 секунд.</translation>
        </message>
        <message>
            <source>back office</source>
            <translation>офис</translation>
        </message>
        <message>
            <source>kiosk</source>
            <translation>киоск</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>версия %1</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ОК</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Внимание</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Не отвечает</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Списан</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Out of paper</source>
            <translation>Нет бумаги</translation>
        </message>
        <message>
            <source>Paper low</source>
            <translation>Бумага заканчивается</translation>
        </message>
        <message>
            <source>Cover open</source>
            <translation>Открыта крышка</translation>
        </message>
        <message>
            <source>Not reachable</source>
            <translation>Недоступен</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Подключается</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>Отключён</translation>
        </message>
        <message>
            <source>Shop switched off</source>
            <translation>Магазин отключён</translation>
        </message>
        <message>
            <source>Retired: not seen since %1</source>
            <translation>Списан: не на связи с %1</translation>
        </message>
        <message>
            <source>Not seen since %1</source>
            <translation>Не на связи с %1</translation>
        </message>
        <message>
            <source>Last report %1</source>
            <translation>Последний отчёт %1</translation>
        </message>
        <message>
            <source>Offline since %1</source>
            <translation>Без связи с сервером с %1</translation>
        </message>
        <message>
            <source>Printer: %1</source>
            <translation>Принтер: %1</translation>
        </message>
        <message>
            <source>Scanner: %1</source>
            <translation>Сканер: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n изменение ждёт отправки</numerusform>
                <numerusform>%n изменения ждут отправки</numerusform>
                <numerusform>%n изменений ждут отправки</numerusform>
            </translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Работает</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>только что</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n мин назад</numerusform>
                <numerusform>%n мин назад</numerusform>
                <numerusform>%n мин назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n ч назад</numerusform>
                <numerusform>%n ч назад</numerusform>
                <numerusform>%n ч назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n день назад</numerusform>
                <numerusform>%n дня назад</numerusform>
                <numerusform>%n дней назад</numerusform>
            </translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Магазин</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Терминал</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>На связи</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Принтер</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Сканер</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Очередь</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
    </context>
    <context>
        <name>Tiers</name>
        <message>
            <source>Member</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>Bronze</source>
            <translation>Бронза</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Серебро</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Золото</translation>
        </message>
        <message>
            <source>Platinum</source>
            <translation>Платина</translation>
        </message>
    </context>
    <context>
        <name>VoucherPage</name>
        <message>
            <source>Scan the voucher or type its code.</source>
            <translation>Отсканируйте купон или введите его код.</translation>
        </message>
        <message>
            <source>Redeemed. Hand over: %1.</source>
            <translation>Купон погашен. Выдайте: %1.</translation>
        </message>
        <message>
            <source>Printing is switched off on this kiosk.</source>
            <translation>Печать на этом киоске отключена.</translation>
        </message>
        <message>
            <source>Printing a duplicate…</source>
            <translation>Печать копии…</translation>
        </message>
        <message>
            <source>Duplicate printed. It is marked DUPLICATE.</source>
            <translation>Копия напечатана. На ней отметка «КОПИЯ».</translation>
        </message>
        <message>
            <source>The printer did not print: %1</source>
            <translation>Принтер не напечатал: %1</translation>
        </message>
        <message>
            <source>Type why the voucher is voided, then touch Void again.</source>
            <translation>Введите причину аннулирования, затем снова нажмите «Аннулировать».</translation>
        </message>
        <message numerus="yes">
            <source>Voided; %n point(s) went back to the member.</source>
            <translation>
                <numerusform>Купон аннулирован; участнику возвращён %n балл.</numerusform>
                <numerusform>Купон аннулирован; участнику возвращено %n балла.</numerusform>
                <numerusform>Купон аннулирован; участнику возвращено %n баллов.</numerusform>
            </translation>
        </message>
        <message>
            <source>REDEEMED</source>
            <translation>ПОГАШЕН</translation>
        </message>
        <message>
            <source>Hand over the reward printed on the voucher.</source>
            <translation>Выдайте награду, указанную на купоне.</translation>
        </message>
        <message>
            <source>NOT ACCEPTED</source>
            <translation>НЕ ПРИНЯТ</translation>
        </message>
        <message>
            <source>Issued while its shop was offline and not accepted by the chain afterwards. Do not accept it; ask a manager.</source>
            <translation>Выдан, когда у магазина не было связи, и затем не принят сетью. Не принимайте его; обратитесь к менеджеру.</translation>
        </message>
        <message>
            <source>Hand over: %1 · for %2</source>
            <translation>Выдайте: %1 · для %2</translation>
        </message>
        <message>
            <source>VALID</source>
            <translation>ДЕЙСТВИТЕЛЕН</translation>
        </message>
        <message>
            <source>%1 for %2 · valid until %3</source>
            <translation>%1 для %2 · действует до %3</translation>
        </message>
        <message>
            <source>ALREADY USED</source>
            <translation>УЖЕ ИСПОЛЬЗОВАН</translation>
        </message>
        <message>
            <source>Used %1 at %2 by %3 · %4</source>
            <translation>Использован %1, место: %2, провёл: %3 · %4</translation>
        </message>
        <message>
            <source>the kiosk</source>
            <translation>киоск</translation>
        </message>
        <message>
            <source>EXPIRED</source>
            <translation>ИСТЁК</translation>
        </message>
        <message>
            <source>%1 · expired %2</source>
            <translation>%1 · истёк %2</translation>
        </message>
        <message>
            <source>VOID</source>
            <translation>АННУЛИРОВАН</translation>
        </message>
        <message>
            <source>%1 · this voucher was cancelled</source>
            <translation>%1 · купон аннулирован</translation>
        </message>
        <message>
            <source>CHECK THE CODE</source>
            <translation>ПРОВЕРЬТЕ КОД</translation>
        </message>
        <message>
            <source>Probably mistyped or misread: scan it again or retype the code.</source>
            <translation>Вероятно, код введён или считан с ошибкой: отсканируйте ещё раз или введите код заново.</translation>
        </message>
        <message>
            <source>NOT KNOWN HERE</source>
            <translation>НЕИЗВЕСТЕН ЗДЕСЬ</translation>
        </message>
        <message>
            <source>This shop has no such voucher. Do not accept it; ask a manager.</source>
            <translation>В этом магазине нет такого купона. Не принимайте его; обратитесь к менеджеру.</translation>
        </message>
        <message>
            <source>NOT GENUINE</source>
            <translation>ПОДДЕЛКА</translation>
        </message>
        <message>
            <source>Do not accept it: the code is forged.</source>
            <translation>Не принимайте: код поддельный.</translation>
        </message>
        <message>
            <source>Vouchers</source>
            <translation>Купоны</translation>
        </message>
        <message>
            <source>Check and redeem a voucher</source>
            <translation>Проверка и погашение купона</translation>
        </message>
        <message>
            <source>Scan the voucher, or type its code</source>
            <translation>Отсканируйте купон или введите его код</translation>
        </message>
        <message>
            <source>Voucher code</source>
            <translation>Код купона</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <source>Could not be checked against other shops.</source>
            <translation>Не удалось сверить с записями других магазинов.</translation>
        </message>
        <message>
            <source>Redeem: hand over the reward</source>
            <translation>Погасить и выдать награду</translation>
        </message>
        <message>
            <source>Reprint (DUPLICATE)</source>
            <translation>Напечатать снова (КОПИЯ)</translation>
        </message>
        <message>
            <source>Why void it?</source>
            <translation>Почему аннулируется?</translation>
        </message>
        <message>
            <source>Reason for voiding</source>
            <translation>Причина аннулирования</translation>
        </message>
        <message>
            <source>Touch again to void</source>
            <translation>Коснитесь ещё раз, чтобы аннулировать</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Аннулировать</translation>
        </message>
    </context>
</TS>