<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
        <source>Hold your card&apos;s barcode under the scanner below the screen.</source>
        <translation>Поднесите штрихкод карты к сканеру под экраном.</translation>
    </message>
    <message>
        <source>Hold your card&apos;s barcode in front of the scanner on the left.</source>
        <translation>Поднесите штрихкод карты к сканеру слева.</translation>
    </message>
    <message>
        <source>Hold your card&apos;s barcode in front of the scanner on the right.</source>
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
        <source>Device status</source>
        <translation>Состояние устройств</translation>
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
    <name>DonateScreen</name>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serial scanner is configured. A keyboard-wedge scanner still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is switched off (printer kind none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT OF PAPER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cover OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is switched off on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test page printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loyalty card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misread: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanners and printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test scan: scan anything, it shows here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputDock</name>
    <message>
        <source>Hide keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>That scan did not read right</source>
        <translation>Карта считалась неверно</translation>
    </message>
    <message>
        <source>Please scan your card again, holding it steady.</source>
        <translation>Отсканируйте карту ещё раз, держа её неподвижно.</translation>
    </message>
    <message>
        <source>Welcome! This card is new</source>
        <translation>Добро пожаловать! Это новая карта</translation>
    </message>
    <message>
        <source>Join our loyalty programme in a minute and start collecting points today.</source>
        <translation>Вступите в программу лояльности за минуту и начните копить баллы уже сегодня.</translation>
    </message>
    <message>
        <source>Looking you up…</source>
        <translation>Ищем ваш счёт…</translation>
    </message>
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
</context>
<context>
    <name>MemberScreen</name>
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
        <source>Balance: %1</source>
        <translation>Баланс: %1</translation>
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
        <source>No activity yet.</source>
        <translation>Операций пока нет.</translation>
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
        <source>The printer&apos;s cover is open.</source>
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
        <translation type="unfinished"></translation>
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
        <source>Type the number you gave us. Only the last digits are shown.</source>
        <translation>Введите номер, который вы нам дали. Видны только последние цифры.</translation>
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
    <name>PurchasePage</name>
    <message>
        <source>Scan the customer&apos;s card or type the card or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 points · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded %1 on receipt %2: %n point(s) earned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New balance: %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished">Покупка</translation>
    </message>
    <message>
        <source>Record a purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the card, or type card or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer card or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number from the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record purchase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundPage</name>
    <message>
        <source>Type or scan the receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refunded %1 on receipt %2: %n point(s) taken back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New balance: %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished">Возврат</translation>
    </message>
    <message>
        <source>Refund by receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: refund everything that is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch again to refund</source>
        <translation type="unfinished"></translation>
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
    <name>StaffArea</name>
    <message>
        <source>This page does not use scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Logging out in %n s. Touch the screen to stay.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Touch again to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Готово</translation>
    </message>
    <message>
        <source>Close the kiosk program</source>
        <translation type="unfinished">Закрыть программу киоска</translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message>
        <source>Something went wrong; nothing was changed. Try again, or tell a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not answering; nothing was changed. Try again soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n attempt(s) left before the account locks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This account is locked. A manager can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. The account is locked until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This staff card is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That scan did not read right. Scan again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message>
        <source>Type the manager&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation type="unfinished">PIN-код состоит из 4–6 цифр.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff accounts yet. The first account is a manager who can add the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished">Персонал</translation>
    </message>
    <message>
        <source>Touch your name or scan your staff card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your staff card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN-код</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the customer screen</source>
        <translation type="unfinished">Вернуться к экрану покупателя</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Назад</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed. Hand over: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is switched off on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing a duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate printed. It is marked DUPLICATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type why the voucher is voided, then touch Void again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Voided; %n point(s) went back to the member.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 · valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALREADY USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used %1 at %2 by %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · expired %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · this voucher was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT GENUINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not accept it. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and redeem a voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the voucher, or type its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem: hand over the reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint (DUPLICATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why void it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch again to void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
