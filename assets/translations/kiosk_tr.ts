<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr">
    <context>
        <name>AttractScreen</name>
        <message>
            <source>%1 logo</source>
            <translation>%1 logosu</translation>
        </message>
        <message>
            <source>Scan your card</source>
            <translation>Kartınızı okutun</translation>
        </message>
        <message>
            <source>Hold your card's barcode under the scanner below the screen.</source>
            <translation>Kartınızın barkodunu ekranın altındaki okuyucuya tutun.</translation>
        </message>
        <message>
            <source>Hold your card's barcode in front of the scanner on the left.</source>
            <translation>Kartınızın barkodunu soldaki okuyucuya tutun.</translation>
        </message>
        <message>
            <source>Hold your card's barcode in front of the scanner on the right.</source>
            <translation>Kartınızın barkodunu sağdaki okuyucuya tutun.</translation>
        </message>
        <message>
            <source>Animation: a card moving to the scanner</source>
            <translation>Animasyon: okuyucuya giden bir kart</translation>
        </message>
        <message>
            <source>No card? Use your phone number</source>
            <translation>Kartınız yok mu? Telefon numaranızı kullanın</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Yüksek kontrast</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Büyük yazı</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Dil: %1</translation>
        </message>
        <message>
            <source>Demo: tap a card to scan it with the simulated scanner</source>
            <translation>Demo: sanal okuyucuyla okutmak için bir karta dokunun</translation>
        </message>
        <message>
            <source>A new card</source>
            <translation>Yeni bir kart</translation>
        </message>
        <message>
            <source>A misread scan</source>
            <translation>Hatalı okuma</translation>
        </message>
        <message>
            <source>Staff card</source>
            <translation>Personel kartı</translation>
        </message>
        <message>
            <source>Device status</source>
            <translation>Cihaz durumu</translation>
        </message>
    </context>
    <context>
        <name>AuditCounts</name>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n puan</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Nothing was recorded for these filters.</source>
            <translation>Bu filtrelere uyan kayıt yok.</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s), newest first.</source>
            <translation>
                <numerusform>%n işlem, en yenisi üstte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>İşlem kaydı</translation>
        </message>
        <message>
            <source>Audit log: who did what</source>
            <translation>İşlem kaydı: kim ne yaptı</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Gün</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kim</translation>
        </message>
        <message>
            <source>What</source>
            <translation>İşlem</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Bugün</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Dün</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Son 7 gün</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Herkes</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tümü</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Alışverişler</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>İadeler</translation>
        </message>
        <message>
            <source>Vouchers</source>
            <translation>Kuponlar</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Üyeler</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personel</translation>
        </message>
        <message>
            <source>Rewards and causes</source>
            <translation>Ödüller ve bağış kampanyaları</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Saat</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ne oldu</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Neden</translation>
        </message>
    </context>
    <context>
        <name>AuditSentences</name>
        <message>
            <source>%1 recorded a purchase of %2 for member #%3 (receipt %4).</source>
            <translation>%1, #%3 numaralı üye için %2 tutarında bir alışveriş kaydetti (fiş %4).</translation>
        </message>
        <message>
            <source>%1 refunded %2 on receipt %4 for member #%3.</source>
            <translation>%1, #%3 numaralı üyenin %4 numaralı fişinden %2 iade etti.</translation>
        </message>
        <message>
            <source>%1 redeemed voucher %2 (%3).</source>
            <translation>%1, %2 kuponunu kullandırdı (%3).</translation>
        </message>
        <message>
            <source>%1 printed voucher %2 again, marked DUPLICATE.</source>
            <translation>%1, %2 kuponunu KOPYA işaretiyle yeniden yazdırdı.</translation>
        </message>
        <message>
            <source>%1 voided voucher %2; its points went back to the member.</source>
            <translation>%1, %2 kuponunu iptal etti; puanları üyeye geri döndü.</translation>
        </message>
        <message>
            <source>%1 enrolled member #%2 with card %3.</source>
            <translation>%1, #%2 numaralı üyeyi %3 kartıyla kaydetti.</translation>
        </message>
        <message>
            <source>%1 changed member #%2: %3.</source>
            <translation>%1, #%2 numaralı üyeyi değiştirdi: %3.</translation>
        </message>
        <message>
            <source>%1 blocked member #%2.</source>
            <translation>%1, #%2 numaralı üyeyi engelledi.</translation>
        </message>
        <message>
            <source>%1 unblocked member #%2.</source>
            <translation>%1, #%2 numaralı üyenin engelini kaldırdı.</translation>
        </message>
        <message>
            <source>%1 merged member #%3 into member #%2.</source>
            <translation>%1, #%3 numaralı üyeyi #%2 numaralı üyeyle birleştirdi.</translation>
        </message>
        <message>
            <source>%1 erased member #%2 on request.</source>
            <translation>%1, #%2 numaralı üyeyi isteği üzerine sildi.</translation>
        </message>
        <message>
            <source>The phone look-up of member #%2 was locked after too many wrong PINs.</source>
            <translation>#%2 numaralı üyenin telefonla araması çok sayıda yanlış PIN nedeniyle kilitlendi.</translation>
        </message>
        <message>
            <source>The card of member #%2 was scanned: their phone look-up is unlocked.</source>
            <translation>#%2 numaralı üyenin kartı okutuldu: telefonla arama kilidi açıldı.</translation>
        </message>
        <message>
            <source>%1 unlocked the phone look-up of member #%2.</source>
            <translation>%1, #%2 numaralı üyenin telefonla arama kilidini açtı.</translation>
        </message>
        <message>
            <source>%1 gave member #%2 a new card %3 and blocked card %4.</source>
            <translation>%1, #%2 numaralı üyeye yeni %3 kartını verdi ve %4 kartını engelledi.</translation>
        </message>
        <message>
            <source>%1 adjusted the points of member #%2 by %3; the balance is now %4.</source>
            <translation>%1, #%2 numaralı üyenin puanını %3 değiştirdi; bakiye artık %4.</translation>
        </message>
        <message>
            <source>%1 added %2 as a %3.</source>
            <translation>%1, %2 kişisini %3 olarak ekledi.</translation>
        </message>
        <message>
            <source>%1 added %2 as a %3 of shop %4.</source>
            <translation>%1, %2 kişisini %4 mağazasının %3 olarak ekledi.</translation>
        </message>
        <message>
            <source>%1 added the shop %2.</source>
            <translation>%1, %2 mağazasını ekledi.</translation>
        </message>
        <message>
            <source>%1 changed the shop %2: %3.</source>
            <translation>%1, %2 mağazasını değiştirdi: %3.</translation>
        </message>
        <message>
            <source>%1 changed the staff account of %2: %3.</source>
            <translation>%1, %2 personel hesabını değiştirdi: %3.</translation>
        </message>
        <message>
            <source>%1 changed the PIN of %2.</source>
            <translation>%1, %2 kişisinin PIN'ini değiştirdi.</translation>
        </message>
        <message>
            <source>%1 locked the account of %2.</source>
            <translation>%1, %2 hesabını kilitledi.</translation>
        </message>
        <message>
            <source>%1 unlocked the account of %2.</source>
            <translation>%1, %2 hesabının kilidini açtı.</translation>
        </message>
        <message>
            <source>The account of %2 was locked after too many wrong PINs, until %3.</source>
            <translation>%2 hesabı çok sayıda yanlış PIN nedeniyle %3 saatine kadar kilitlendi.</translation>
        </message>
        <message>
            <source>%1 logged in.</source>
            <translation>%1 giriş yaptı.</translation>
        </message>
        <message>
            <source>%1 logged in with their staff card.</source>
            <translation>%1 personel kartıyla giriş yaptı.</translation>
        </message>
        <message>
            <source>Someone typed a wrong PIN for %2.</source>
            <translation>%2 için yanlış PIN girildi.</translation>
        </message>
        <message>
            <source>Someone typed a wrong PIN with the staff card of %2.</source>
            <translation>%2 kişisinin personel kartıyla yanlış PIN girildi.</translation>
        </message>
        <message>
            <source>Logging in with the staff card of %2 was locked after too many wrong PINs, until %3.</source>
            <translation>%2 kişisinin personel kartıyla giriş, çok sayıda yanlış PIN nedeniyle %3 saatine kadar kilitlendi.</translation>
        </message>
        <message>
            <source>%1 logged out.</source>
            <translation>%1 çıkış yaptı.</translation>
        </message>
        <message>
            <source>%1 was logged out: nobody touched the screen.</source>
            <translation>%1 çıkış yaptırıldı: ekrana kimse dokunmadı.</translation>
        </message>
        <message>
            <source>%1 added the reward “%2”.</source>
            <translation>%1, “%2” ödülünü ekledi.</translation>
        </message>
        <message>
            <source>%1 changed reward #%2: %3.</source>
            <translation>%1, #%2 numaralı ödülü değiştirdi: %3.</translation>
        </message>
        <message>
            <source>%1 offered reward #%2 again.</source>
            <translation>%1, #%2 numaralı ödülü yeniden sundu.</translation>
        </message>
        <message>
            <source>%1 stopped offering reward #%2.</source>
            <translation>%1, #%2 numaralı ödülü sunmayı durdurdu.</translation>
        </message>
        <message>
            <source>%1 added the donation cause “%2”.</source>
            <translation>%1, “%2” bağış amacını ekledi.</translation>
        </message>
        <message>
            <source>%1 changed donation cause #%2: %3.</source>
            <translation>%1, #%2 numaralı bağış amacını değiştirdi: %3.</translation>
        </message>
        <message>
            <source>%1 offered donation cause #%2 again.</source>
            <translation>%1, #%2 numaralı bağış amacını yeniden sundu.</translation>
        </message>
        <message>
            <source>%1 stopped offering donation cause #%2.</source>
            <translation>%1, #%2 numaralı bağış amacını sunmayı durdurdu.</translation>
        </message>
        <message>
            <source>%1 changed the programme rules, in force from %2.</source>
            <translation>%1 program kurallarını değiştirdi; %2 tarihinden itibaren geçerli.</translation>
        </message>
        <message>
            <source>%1 printed a test page.</source>
            <translation>%1 bir test sayfası yazdırdı.</translation>
        </message>
        <message>
            <source>%1 saved the report “%2” as a CSV file.</source>
            <translation>%1, “%2” raporunu CSV dosyası olarak kaydetti.</translation>
        </message>
        <message>
            <source>%1 printed a summary of the report “%2”.</source>
            <translation>%1, “%2” raporunun özetini yazdırdı.</translation>
        </message>
        <message>
            <source>%1 set a new phone PIN for member #%2.</source>
            <translation>%1, #%2 numaralı üye için yeni bir telefon PIN'i belirledi.</translation>
        </message>
        <message>
            <source>Member #%2 received the birthday bonus of %3 points.</source>
            <translation>#%2 numaralı üye %3 puanlık doğum günü hediyesini aldı.</translation>
        </message>
        <message>
            <source>%1 moved %3 points from member #%2 to member #%4.</source>
            <translation>%1, #%2 numaralı üyenin %3 puanını #%4 numaralı üyeye aktardı.</translation>
        </message>
        <message>
            <source>%1 wrote off %2 expired points and %3 expired vouchers.</source>
            <translation>%1, süresi dolan %2 puanı ve süresi dolan %3 kuponu kapattı.</translation>
        </message>
        <message>
            <source>%1 donated %3 points of member #%2 to a cause.</source>
            <translation>%1, #%2 numaralı üyenin %3 puanını bir amaca bağışladı.</translation>
        </message>
        <message>
            <source>%1 spent %3 points of member #%2 on voucher %4.</source>
            <translation>%1, #%2 numaralı üyenin %3 puanını %4 kuponu için harcadı.</translation>
        </message>
        <message>
            <source>%1 made a backup of the database (%2).</source>
            <translation>%1 veritabanının yedeğini aldı (%2).</translation>
        </message>
        <message>
            <source>%1 restored the database from the backup %2.</source>
            <translation>%1 veritabanını %2 yedeğinden geri yükledi.</translation>
        </message>
        <message>
            <source>%1 imported members with their opening balances from %3: new %2, already there %4.</source>
            <translation>%1, açılış bakiyeleriyle üyeleri %3 dosyasından aktardı: yeni %2, zaten kayıtlı %4.</translation>
        </message>
        <message>
            <source>%1 exported %3 (members: %2).</source>
            <translation>%1, %3 dışa aktardı (üye: %2).</translation>
        </message>
        <message>
            <source>%1: %2 (%3).</source>
            <translation>%1: %2 (%3).</translation>
        </message>
        <message>
            <source>the marketing list</source>
            <translation>pazarlama listesini</translation>
        </message>
        <message>
            <source>all active members</source>
            <translation>tüm etkin üyeleri</translation>
        </message>
        <message>
            <source>The kiosk</source>
            <translation>Kiosk</translation>
        </message>
        <message>
            <source>The customer</source>
            <translation>Müşteri</translation>
        </message>
        <message>
            <source>The kiosk's schedule</source>
            <translation>Kioskun zamanlanmış işleri</translation>
        </message>
        <message>
            <source>The demo set-up</source>
            <translation>Demo kurulumu</translation>
        </message>
        <message>
            <source>name</source>
            <translation>ad</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefon</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-posta</translation>
        </message>
        <message>
            <source>birthday</source>
            <translation>doğum günü</translation>
        </message>
        <message>
            <source>language</source>
            <translation>dil</translation>
        </message>
        <message>
            <source>marketing consent</source>
            <translation>pazarlama izni</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rol</translation>
        </message>
        <message>
            <source>staff card</source>
            <translation>personel kartı</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <source>description</source>
            <translation>açıklama</translation>
        </message>
        <message>
            <source>points</source>
            <translation>puan</translation>
        </message>
        <message>
            <source>minimum tier</source>
            <translation>en düşük seviye</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>stok</translation>
        </message>
        <message>
            <source>days valid</source>
            <translation>geçerlilik günü</translation>
        </message>
        <message>
            <source>offered from</source>
            <translation>sunulma başlangıcı</translation>
        </message>
        <message>
            <source>offered until</source>
            <translation>sunulma sonu</translation>
        </message>
        <message>
            <source>picture</source>
            <translation>resim</translation>
        </message>
        <message>
            <source>translated names</source>
            <translation>çevrilmiş adlar</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>yönetici</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>kasiyer</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>müşteri</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>mağaza sahibi</translation>
        </message>
        <message>
            <source>system</source>
            <translation>sistem</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Üyeler</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Hareketler</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Elde tutma</translation>
        </message>
        <message>
            <source>Redemptions</source>
            <translation>Ödül kullanımı</translation>
        </message>
        <message>
            <source>Liability</source>
            <translation>Puan borcu</translation>
        </message>
        <message>
            <source>Top customers</source>
            <translation>En iyi müşteriler</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>Seviyeler</translation>
        </message>
        <message>
            <source>Birthdays</source>
            <translation>Doğum günleri</translation>
        </message>
    </context>
    <context>
        <name>BackOfficeLogin</name>
        <message>
            <source>Type your name first.</source>
            <translation>Önce adınızı yazın.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits.</source>
            <translation>PIN 4-6 rakamdan oluşur.</translation>
        </message>
        <message>
            <source>The two PINs differ. Type them again.</source>
            <translation>İki PIN birbirini tutmuyor. Yeniden yazın.</translation>
        </message>
        <message>
            <source>Create the first manager</source>
            <translation>İlk yöneticiyi oluşturun</translation>
        </message>
        <message>
            <source>Loyalty back office</source>
            <translation>Sadakat yönetim ofisi</translation>
        </message>
        <message>
            <source>No staff accounts yet. The first account is a manager who can add the others.</source>
            <translation>Henüz personel hesabı yok. İlk hesap, diğerlerini ekleyebilecek bir yönetici hesabıdır.</translation>
        </message>
        <message>
            <source>Type or pick your name, then your PIN, and press Enter.</source>
            <translation>Adınızı yazın ya da seçin, sonra PIN'inizi yazıp Enter'a basın.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN (tekrar)</translation>
        </message>
        <message>
            <source>Create manager</source>
            <translation>Yönetici oluştur</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Giriş yap</translation>
        </message>
    </context>
    <context>
        <name>BackOfficeWindow</name>
        <message>
            <source>all shops</source>
            <translation>tüm mağazalar</translation>
        </message>
        <message>
            <source>Loyalty back office — %1</source>
            <translation>Sadakat yönetim ofisi — %1</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Oturum</translation>
        </message>
        <message>
            <source>&amp;Pages</source>
            <translation>&amp;Sayfalar</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>&amp;Oturumu kapat</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Çı&amp;k</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <source>Numbers are whole numbers; dates are DD.MM.YYYY.</source>
            <translation>Sayılar tam sayıdır; tarihler GG.AA.YYYY biçimindedir.</translation>
        </message>
        <message>
            <source>Saved. It applies from now on; vouchers already issued keep their points and dates.</source>
            <translation>Kaydedildi. Bundan sonra geçerlidir; önceden verilmiş kuponların puanları ve tarihleri değişmez.</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>sınırsız</translation>
        </message>
        <message>
            <source>off</source>
            <translation>kapalı</translation>
        </message>
        <message>
            <source>on, %1 – %2</source>
            <translation>açık, %1 – %2</translation>
        </message>
        <message>
            <source>on</source>
            <translation>açık</translation>
        </message>
        <message>
            <source>Switch off</source>
            <translation>Kapat</translation>
        </message>
        <message>
            <source>Switch on</source>
            <translation>Aç</translation>
        </message>
        <message>
            <source>Touch again to switch off</source>
            <translation>Kapatmak için tekrar dokunun</translation>
        </message>
        <message>
            <source>Touch again to switch on</source>
            <translation>Açmak için tekrar dokunun</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>Rewards and causes</source>
            <translation>Ödüller ve bağış kampanyaları</translation>
        </message>
        <message>
            <source>Rewards</source>
            <translation>Ödüller</translation>
        </message>
        <message>
            <source>Donation causes</source>
            <translation>Bağış kampanyaları</translation>
        </message>
        <message>
            <source>New reward</source>
            <translation>Yeni ödül</translation>
        </message>
        <message>
            <source>New cause</source>
            <translation>Yeni kampanya</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Ödül</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puan</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Seviye</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stok</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Sunuluyor</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Kampanya</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Açıklama</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Minimum tier</source>
            <translation>En düşük seviye</translation>
        </message>
        <message>
            <source>Valid for (days)</source>
            <translation>Geçerlilik (gün)</translation>
        </message>
        <message>
            <source>Offered from</source>
            <translation>Sunulma başlangıcı</translation>
        </message>
        <message>
            <source>Offered until</source>
            <translation>Sunulma bitişi</translation>
        </message>
        <message>
            <source>Name in Türkçe</source>
            <translation>Türkçe adı</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Resim</translation>
        </message>
        <message>
            <source>Name in Русский</source>
            <translation>Rusça adı</translation>
        </message>
        <message>
            <source>Shops</source>
            <translation>Mağazalar</translation>
        </message>
        <message>
            <source>empty: unlimited</source>
            <translation>boş: sınırsız</translation>
        </message>
        <message>
            <source>empty: the programme's default</source>
            <translation>boş: programın varsayılanı</translation>
        </message>
        <message>
            <source>DD.MM.YYYY, empty: now</source>
            <translation>GG.AA.YYYY, boş: hemen</translation>
        </message>
        <message>
            <source>DD.MM.YYYY, empty: no end</source>
            <translation>GG.AA.YYYY, boş: süresiz</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Herkes</translation>
        </message>
        <message>
            <source>All shops</source>
            <translation>Tüm mağazalar</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Düzenle: %1</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Kaydet</translation>
        </message>
    </context>
    <context>
        <name>ConfirmScreen</name>
        <message>
            <source>Get this reward?</source>
            <translation>Bu ödülü alıyor musunuz?</translation>
        </message>
        <message>
            <source>Yes, print my voucher</source>
            <translation>Evet, kuponumu yazdır</translation>
        </message>
        <message>
            <source>Give these points?</source>
            <translation>Bu puanları bağışlıyor musunuz?</translation>
        </message>
        <message>
            <source>Yes, give my points</source>
            <translation>Evet, puanlarımı bağışla</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation>Hayır, geri dön</translation>
        </message>
        <message>
            <source>Cost: %1
Your balance afterwards: %2</source>
            <translation>Tutar: %1
Kalan bakiyeniz: %2</translation>
        </message>
    </context>
    <context>
        <name>CustomerMode</name>
        <message>
            <source>OK</source>
            <translation>Tamam</translation>
        </message>
        <message>
            <source>Join now</source>
            <translation>Hemen katıl</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Şimdi değil</translation>
        </message>
        <message>
            <source>Back to my rewards</source>
            <translation>Ödüllerime dön</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Bitti</translation>
        </message>
        <message>
            <source>Looking you up…</source>
            <translation>Hesabınız aranıyor…</translation>
        </message>
        <message>
            <source>That scan did not read right</source>
            <translation>Kart doğru okunamadı</translation>
        </message>
        <message>
            <source>Please scan your card again, holding it steady.</source>
            <translation>Lütfen kartınızı sabit tutarak yeniden okutun.</translation>
        </message>
        <message numerus="yes">
            <source>Back to the start in %n s. Touch the screen to stay.</source>
            <translation>
                <numerusform>%n sn içinde başa dönülecek. Kalmak için ekrana dokunun.</numerusform>
            </translation>
        </message>
        <message>
            <source>Scanner %1 is not connected</source>
            <translation>%1 okuyucusu bağlı değil</translation>
        </message>
        <message>
            <source>Printer: out of paper</source>
            <translation>Yazıcı: kağıt bitti</translation>
        </message>
        <message>
            <source>Printer: cover open</source>
            <translation>Yazıcı: kapak açık</translation>
        </message>
        <message>
            <source>Printer: not ready</source>
            <translation>Yazıcı: hazır değil</translation>
        </message>
        <message>
            <source>Vouchers cannot be printed right now. Please ask a member of staff.</source>
            <translation>Kuponlar şu anda yazdırılamıyor. Lütfen bir görevliye başvurun.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Counting…</source>
            <translation>Hesaplanıyor…</translation>
        </message>
        <message>
            <source>From %1 to %2.</source>
            <translation>%1 – %2 arası.</translation>
        </message>
        <message>
            <source>New members per month</source>
            <translation>Aylık yeni üyeler</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Yeni</translation>
        </message>
        <message>
            <source>Points in the period</source>
            <translation>Dönemdeki puanlar</translation>
        </message>
        <message>
            <source>issued</source>
            <translation>verilen</translation>
        </message>
        <message>
            <source>redeemed</source>
            <translation>kullanılan</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>süresi dolan</translation>
        </message>
        <message>
            <source>donated</source>
            <translation>bağışlanan</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puan</translation>
        </message>
        <message>
            <source>Members by tier</source>
            <translation>Seviyeye göre üyeler</translation>
        </message>
        <message>
            <source>Most redeemed rewards</source>
            <translation>En çok alınan ödüller</translation>
        </message>
        <message>
            <source>Vouchers</source>
            <translation>Kuponlar</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Gün</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Ay</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Alışverişler</translation>
        </message>
        <message>
            <source>All shops</source>
            <translation>Tüm mağazalar</translation>
        </message>
        <message>
            <source>No shop</source>
            <translation>Mağazasız</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Gösterge</translation>
        </message>
        <message>
            <source>New members</source>
            <translation>Yeni üyeler</translation>
        </message>
        <message>
            <source>Active in 30 days</source>
            <translation>30 günde aktif</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Satış</translation>
        </message>
        <message>
            <source>Average basket</source>
            <translation>Ortalama sepet</translation>
        </message>
        <message>
            <source>Points issued</source>
            <translation>Verilen puan</translation>
        </message>
        <message>
            <source>Points redeemed</source>
            <translation>Kullanılan puan</translation>
        </message>
        <message>
            <source>Vouchers redeemed</source>
            <translation>Kullanılan kuponlar</translation>
        </message>
        <message>
            <source>Points owed, in money</source>
            <translation>Puan borcu, para olarak</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kart</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Doğum tarihi</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Bakiye</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Sıra</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Üye</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Tüm zamanlar</translation>
        </message>
        <message>
            <source>In the period</source>
            <translation>Dönem içinde</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Ödül</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Verildi</translation>
        </message>
        <message>
            <source>Redeemed</source>
            <translation>Kullanılan</translation>
        </message>
        <message>
            <source>Joined in</source>
            <translation>Katılış ayı</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Seviye</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Pay</translation>
        </message>
        <message>
            <source>Starts from</source>
            <translation>Başlangıç</translation>
        </message>
        <message>
            <source>Month %1</source>
            <translation>%1. ay</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Kaydedildi: %1</translation>
        </message>
        <message>
            <source>Printing is switched off on this kiosk.</source>
            <translation>Bu kioskta yazdırma kapalı.</translation>
        </message>
        <message>
            <source>Summary printed.</source>
            <translation>Özet yazdırıldı.</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Raporlar</translation>
        </message>
        <message>
            <source>How the programme is doing</source>
            <translation>Programın durumu</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 gün</translation>
        </message>
        <message>
            <source>90 days</source>
            <translation>90 gün</translation>
        </message>
        <message>
            <source>12 months</source>
            <translation>12 ay</translation>
        </message>
        <message>
            <source>members</source>
            <translation>üye</translation>
        </message>
        <message>
            <source>active in 30 days</source>
            <translation>30 günde aktif</translation>
        </message>
        <message>
            <source>active in 90 days</source>
            <translation>90 günde aktif</translation>
        </message>
        <message>
            <source>bought again</source>
            <translation>tekrar alışveriş yapan</translation>
        </message>
        <message>
            <source>vouchers redeemed</source>
            <translation>kullanılan kupon</translation>
        </message>
        <message>
            <source>points owed, in money</source>
            <translation>puan borcu, para olarak</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Mağaza</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Üyeler</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Hareketler</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Elde tutma</translation>
        </message>
        <message>
            <source>Redemptions</source>
            <translation>Ödül kullanımı</translation>
        </message>
        <message>
            <source>Liability</source>
            <translation>Puan borcu</translation>
        </message>
        <message>
            <source>Top customers</source>
            <translation>En iyi müşteriler</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>Seviyeler</translation>
        </message>
        <message>
            <source>Birthdays</source>
            <translation>Doğum günleri</translation>
        </message>
        <message>
            <source>Shops side by side</source>
            <translation>Mağazalar yan yana</translation>
        </message>
        <message>
            <source>Export this report (CSV)</source>
            <translation>Bu raporu dışa aktar (CSV)</translation>
        </message>
        <message>
            <source>Print a summary</source>
            <translation>Özet yazdır</translation>
        </message>
    </context>
    <context>
        <name>DetailsForm</name>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-posta</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Doğum tarihi</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kart</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>DD.MM.YYYY</source>
            <translation>GG.AA.YYYY</translation>
        </message>
        <message>
            <source>Scan the card, or leave empty for a new number</source>
            <translation>Kartı okutun ya da yeni numara için boş bırakın</translation>
        </message>
        <message>
            <source>Agrees to offers</source>
            <translation>Kampanya iletilerini kabul ediyor</translation>
        </message>
        <message>
            <source>Enrol member</source>
            <translation>Üye kaydet</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Değişiklikleri kaydet</translation>
        </message>
    </context>
    <context>
        <name>DonateScreen</name>
        <message>
            <source>Chosen</source>
            <translation>Seçildi</translation>
        </message>
        <message>
            <source>Give points to a good cause</source>
            <translation>Puanlarınızı bir iyilik için bağışlayın</translation>
        </message>
        <message>
            <source>How many points?</source>
            <translation>Kaç puan?</translation>
        </message>
        <message>
            <source>Give</source>
            <translation>Bağışla</translation>
        </message>
        <message>
            <source>Back to my rewards</source>
            <translation>Ödüllerime dön</translation>
        </message>
        <message>
            <source>All: %1</source>
            <translation>Tümü: %1</translation>
        </message>
    </context>
    <context>
        <name>EnrolScreen</name>
        <message>
            <source>Please type the whole date: 2 digits for the day, 2 for the month, 4 for the year.</source>
            <translation>Lütfen tarihin tamamını yazın: gün için 2, ay için 2, yıl için 4 rakam.</translation>
        </message>
        <message>
            <source>There is no date %1. Please check the day and month.</source>
            <translation>%1 diye bir tarih yok. Lütfen günü ve ayı kontrol edin.</translation>
        </message>
        <message>
            <source>That birthday does not look right. Please check the year.</source>
            <translation>Bu doğum günü doğru görünmüyor. Lütfen yılı kontrol edin.</translation>
        </message>
        <message>
            <source>A phone number has at least 7 digits.</source>
            <translation>Telefon numarası en az 7 rakamdır.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits.</source>
            <translation>PIN 4-6 rakamdan oluşur.</translation>
        </message>
        <message numerus="yes">
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n rakam girildi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n PIN digit(s) entered</source>
            <translation>
                <numerusform>PIN için %n rakam girildi</numerusform>
            </translation>
        </message>
        <message>
            <source>Join our loyalty programme</source>
            <translation>Sadakat programımıza katılın</translation>
        </message>
        <message>
            <source>Card %1</source>
            <translation>Kart %1</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Adım %1 / %2</translation>
        </message>
        <message>
            <source>What is your name?</source>
            <translation>Adınız nedir?</translation>
        </message>
        <message>
            <source>Your mobile number (optional): to find your account without the card</source>
            <translation>Cep telefonunuz (isteğe bağlı): kartsız da hesabınızı bulmak için</translation>
        </message>
        <message>
            <source>Your birthday (optional): day, month, year. We have a treat for you!</source>
            <translation>Doğum gününüz (isteğe bağlı): gün, ay, yıl. Size bir sürprizimiz var!</translation>
        </message>
        <message>
            <source>Choose a PIN of 4 to 6 digits for looking up your account by phone</source>
            <translation>Telefonla hesabınızı bulmak için 4-6 haneli bir PIN seçin</translation>
        </message>
        <message>
            <source>Almost done</source>
            <translation>Neredeyse bitti</translation>
        </message>
        <message>
            <source>Programme terms</source>
            <translation>Program koşulları</translation>
        </message>
        <message>
            <source>Read the terms</source>
            <translation>Koşulları okuyun</translation>
        </message>
        <message>
            <source>Back to joining</source>
            <translation>Üyeliğe dön</translation>
        </message>
        <message>
            <source>See my card</source>
            <translation>Kartımı göster</translation>
        </message>
        <message>
            <source>Welcome, %1!</source>
            <translation>Hoş geldiniz, %1!</translation>
        </message>
        <message>
            <source>Your card is ready. You have %1.</source>
            <translation>Kartınız hazır. Hesabınızda %1 var.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Adınız</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Ad ve soyad</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>İleri</translation>
        </message>
        <message>
            <source>We keep your name, card and the details you gave us to run the programme. You can ask staff to see or erase them at any time.</source>
            <translation>Programı yürütmek için adınızı, kartınızı ve verdiğiniz bilgileri saklarız. Bunları görmek veya sildirmek için dilediğiniz zaman personele başvurabilirsiniz.</translation>
        </message>
        <message>
            <source>I agree to the programme terms</source>
            <translation>Program koşullarını kabul ediyorum</translation>
        </message>
        <message>
            <source>Send me offers by text message (optional)</source>
            <translation>Bana SMS ile kampanya gönderin (isteğe bağlı)</translation>
        </message>
        <message>
            <source>Join and see my card</source>
            <translation>Katıl ve kartımı gör</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Geri</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Atla</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Vazgeç</translation>
        </message>
    </context>
    <context>
        <name>HardwarePage</name>
        <message>
            <source>connected</source>
            <translation>bağlı</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>bağlanıyor…</translation>
        </message>
        <message>
            <source>NOT CONNECTED</source>
            <translation>BAĞLI DEĞİL</translation>
        </message>
        <message>
            <source>No serial scanner is configured. A keyboard-wedge scanner still works.</source>
            <translation>Seri bağlantılı okuyucu ayarlanmamış. Klavye modunda çalışan okuyucular yine de çalışır.</translation>
        </message>
        <message>
            <source>Printing is switched off (printer kind none).</source>
            <translation>Yazdırma kapalı (yazıcı türü: none).</translation>
        </message>
        <message>
            <source>Asking the printer…</source>
            <translation>Yazıcı sorgulanıyor…</translation>
        </message>
        <message>
            <source>online</source>
            <translation>çevrim içi</translation>
        </message>
        <message>
            <source>OFFLINE</source>
            <translation>ÇEVRİM DIŞI</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>bilinmiyor</translation>
        </message>
        <message>
            <source>paper OK</source>
            <translation>kağıt yeterli</translation>
        </message>
        <message>
            <source>paper LOW</source>
            <translation>kağıt AZ</translation>
        </message>
        <message>
            <source>OUT OF PAPER</source>
            <translation>KAĞIT BİTTİ</translation>
        </message>
        <message>
            <source>paper unknown</source>
            <translation>kağıt durumu bilinmiyor</translation>
        </message>
        <message>
            <source>cover OPEN</source>
            <translation>kapak AÇIK</translation>
        </message>
        <message>
            <source>Not reachable: %1</source>
            <translation>Ulaşılamıyor: %1</translation>
        </message>
        <message>
            <source>Printing is switched off on this kiosk.</source>
            <translation>Bu kioskta yazdırma kapalı.</translation>
        </message>
        <message>
            <source>Test page printed.</source>
            <translation>Test sayfası yazdırıldı.</translation>
        </message>
        <message>
            <source>staff card</source>
            <translation>personel kartı</translation>
        </message>
        <message>
            <source>voucher code</source>
            <translation>kupon kodu</translation>
        </message>
        <message>
            <source>loyalty card number</source>
            <translation>sadakat kartı numarası</translation>
        </message>
        <message>
            <source>other code</source>
            <translation>başka kod</translation>
        </message>
        <message>
            <source>misread: %1</source>
            <translation>hatalı okuma: %1</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Donanım</translation>
        </message>
        <message>
            <source>Scanners and printer</source>
            <translation>Okuyucular ve yazıcı</translation>
        </message>
        <message>
            <source>Scanners</source>
            <translation>Okuyucular</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Yazıcı</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Yeniden kontrol et</translation>
        </message>
        <message>
            <source>Print a test page</source>
            <translation>Test sayfası yazdır</translation>
        </message>
        <message>
            <source>Test scan: scan anything, it shows here</source>
            <translation>Deneme: herhangi bir şey okutun, burada görünür</translation>
        </message>
        <message>
            <source>Recent scans</source>
            <translation>Son okutmalar</translation>
        </message>
    </context>
    <context>
        <name>IdentifyFlow</name>
        <message>
            <source>Welcome! This card is new</source>
            <translation>Hoş geldiniz! Bu kart yeni</translation>
        </message>
        <message>
            <source>Join our loyalty programme in a minute and start collecting points today.</source>
            <translation>Bir dakikada sadakat programımıza katılın ve bugünden puan toplamaya başlayın.</translation>
        </message>
    </context>
    <context>
        <name>InputDock</name>
        <message>
            <source>Hide keys</source>
            <translation>Tuşları gizle</translation>
        </message>
    </context>
    <context>
        <name>ManageTab</name>
        <message>
            <source>Adjust points</source>
            <translation>Puan düzelt</translation>
        </message>
        <message>
            <source>Touch again to adjust</source>
            <translation>Düzeltmek için tekrar dokunun</translation>
        </message>
        <message>
            <source>Unblock member</source>
            <translation>Engeli kaldır</translation>
        </message>
        <message>
            <source>Block member</source>
            <translation>Üyeyi engelle</translation>
        </message>
        <message>
            <source>Touch again to unblock</source>
            <translation>Engeli kaldırmak için tekrar dokunun</translation>
        </message>
        <message>
            <source>Touch again to block</source>
            <translation>Engellemek için tekrar dokunun</translation>
        </message>
        <message>
            <source>Merge the duplicate into this member</source>
            <translation>Mükerrer kaydı bu üyeyle birleştir</translation>
        </message>
        <message>
            <source>Touch again to merge</source>
            <translation>Birleştirmek için tekrar dokunun</translation>
        </message>
        <message>
            <source>Erase personal data</source>
            <translation>Kişisel verileri sil</translation>
        </message>
        <message>
            <source>Touch again: this cannot be undone</source>
            <translation>Tekrar dokunun: bu işlem geri alınamaz</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Neden</translation>
        </message>
        <message>
            <source>Needed for every action here</source>
            <translation>Buradaki her işlem için gerekli</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puan</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ekle</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Çıkar</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Mükerrer kayıt</translation>
        </message>
        <message>
            <source>Card or phone of the duplicate member</source>
            <translation>Mükerrer üyenin kartı veya telefonu</translation>
        </message>
        <message>
            <source>Card or phone of the duplicate</source>
            <translation>Mükerrer kaydın kartı veya telefonu</translation>
        </message>
    </context>
    <context>
        <name>MemberImport</name>
        <message>
            <source>name</source>
            <translation>ad</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefon</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-posta</translation>
        </message>
        <message>
            <source>birthday</source>
            <translation>doğum günü</translation>
        </message>
        <message>
            <source>card</source>
            <translation>kart</translation>
        </message>
        <message>
            <source>points</source>
            <translation>puan</translation>
        </message>
        <message>
            <source>points expire</source>
            <translation>puanların son günü</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>izin</translation>
        </message>
        <message>
            <source>language</source>
            <translation>dil</translation>
        </message>
        <message>
            <source>Not a card number: 13 digits are expected.</source>
            <translation>Kart numarası değil: 13 hane bekleniyor.</translation>
        </message>
        <message>
            <source>The card number's last digit does not fit (a typing error?).</source>
            <translation>Kart numarasının son hanesi uymuyor (yazım hatası mı?).</translation>
        </message>
        <message>
            <source>This card belonged to a member who was erased or merged.</source>
            <translation>Bu kart silinmiş ya da birleştirilmiş bir üyeye aitti.</translation>
        </message>
        <message>
            <source>Another member of the kiosk already has this phone number.</source>
            <translation>Bu telefon numarası kioskta başka bir üyeye ait.</translation>
        </message>
        <message>
            <source>The birthday is not a possible date (YYYY-MM-DD or DD.MM.YYYY).</source>
            <translation>Doğum günü geçerli bir tarih değil (YYYY-AA-GG ya da GG.AA.YYYY).</translation>
        </message>
        <message>
            <source>Points must be a whole number, 0 or more.</source>
            <translation>Puan 0 ya da daha büyük bir tam sayı olmalı.</translation>
        </message>
        <message>
            <source>The points' expiry must be a date in the future.</source>
            <translation>Puanların son günü ileri bir tarih olmalı.</translation>
        </message>
        <message>
            <source>Consent must be yes or no.</source>
            <translation>İzin evet ya da hayır olmalı.</translation>
        </message>
        <message>
            <source>The language must be en, tr or ru.</source>
            <translation>Dil en, tr ya da ru olmalı.</translation>
        </message>
        <message>
            <source>The same card number is on line %1 too.</source>
            <translation>Aynı kart numarası %1. satırda da var.</translation>
        </message>
        <message>
            <source>The same phone number is on line %1 too.</source>
            <translation>Aynı telefon numarası %1. satırda da var.</translation>
        </message>
        <message>
            <source>The same e-mail address is on line %1 too.</source>
            <translation>Aynı e-posta adresi %1. satırda da var.</translation>
        </message>
        <message>
            <source>This file cannot be read. Save it as CSV UTF-8 or as an Excel workbook (.xlsx).</source>
            <translation>Bu dosya okunamıyor. CSV UTF-8 ya da Excel çalışma kitabı (.xlsx) olarak kaydedin.</translation>
        </message>
        <message>
            <source>The file's first line must name the columns, with at least name and card.</source>
            <translation>Dosyanın ilk satırı sütunları adlandırmalı; en az ad (name) ve kart (card).</translation>
        </message>
    </context>
    <context>
        <name>MemberImportPage</name>
        <message>
            <source>No CSV or Excel file found. Put one in %1 or plug in a USB stick, then touch Look again.</source>
            <translation>CSV ya da Excel dosyası bulunamadı. %1 klasörüne bir dosya koyun ya da bir USB bellek takın, sonra Yeniden bak düğmesine dokunun.</translation>
        </message>
        <message>
            <source>Touch a file to check it. Nothing is imported yet.</source>
            <translation>Denetlemek için bir dosyaya dokunun. Henüz hiçbir şey aktarılmaz.</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>%1 denetleniyor…</translation>
        </message>
        <message>
            <source>The file is good. Touch the button to import.</source>
            <translation>Dosya sorunsuz. Aktarmak için düğmeye dokunun.</translation>
        </message>
        <message>
            <source>Every member of this file is here already.</source>
            <translation>Bu dosyadaki tüm üyeler zaten kayıtlı.</translation>
        </message>
        <message>
            <source>Nothing can be imported until every line is right: correct the file and check it again.</source>
            <translation>Her satır doğru olana kadar hiçbir şey aktarılamaz: dosyayı düzeltip yeniden denetleyin.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Aktarılıyor…</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n member(s).</source>
            <translation>
                <numerusform>%n üye aktarıldı.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported: the members changed since the check. Check the file again.</source>
            <translation>Hiçbir şey aktarılmadı: denetimden bu yana üyeler değişti. Dosyayı yeniden denetleyin.</translation>
        </message>
        <message>
            <source>New: %1 · Already here: %2 · Bad lines: %3 · Opening points: %4</source>
            <translation>Yeni: %1 · Zaten kayıtlı: %2 · Hatalı satır: %3 · Açılış puanı: %4</translation>
        </message>
        <message>
            <source>Columns left out: %1</source>
            <translation>Dikkate alınmayan sütunlar: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) here already have other details in the file; they are left as they are.</source>
            <translation>
                <numerusform>Kayıtlı %n üyenin dosyada farklı bilgileri var; olduğu gibi bırakıldılar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import members</source>
            <translation>Üye aktar</translation>
        </message>
        <message>
            <source>A CSV or Excel file with the columns name, card, phone, email, birthday, points and points_expire, in the kiosk's imports folder or on a USB stick.</source>
            <translation>name, card, phone, email, birthday, points ve points_expire sütunları olan bir CSV ya da Excel dosyası; kioskun imports klasöründe ya da bir USB bellekte.</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Yeniden bak</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Satır</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Sütun</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Sorun</translation>
        </message>
        <message numerus="yes">
            <source>Import %n member(s)</source>
            <translation>
                <numerusform>%n üyeyi aktar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberScreen</name>
        <message>
            <source>Language: %1</source>
            <translation>Dil: %1</translation>
        </message>
        <message>
            <source>For %1 members and above</source>
            <translation>%1 ve üzeri üyeler için</translation>
        </message>
        <message numerus="yes">
            <source>%n more point(s) needed</source>
            <translation>
                <numerusform>%n puan daha gerekli</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n left</source>
            <translation>
                <numerusform>Yalnızca %n adet kaldı</numerusform>
            </translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Bitti</translation>
        </message>
        <message>
            <source>Done, back to the start</source>
            <translation>Bitti, başa dön</translation>
        </message>
        <message>
            <source>Your points</source>
            <translation>Puanlarınız</translation>
        </message>
        <message>
            <source>Rewards</source>
            <translation>Ödüller</translation>
        </message>
        <message>
            <source>Recent activity</source>
            <translation>Son işlemler</translation>
        </message>
        <message>
            <source>Give points to a good cause</source>
            <translation>Puanlarınızı bir iyilik için bağışlayın</translation>
        </message>
        <message>
            <source>Hello, %1!</source>
            <translation>Merhaba, %1!</translation>
        </message>
        <message>
            <source>Phone %1</source>
            <translation>Telefon %1</translation>
        </message>
        <message>
            <source>Balance: %1</source>
            <translation>Bakiye: %1</translation>
        </message>
        <message>
            <source>Points from the last few minutes may not show yet.</source>
            <translation>Son birkaç dakikadaki puanlar henüz görünmeyebilir.</translation>
        </message>
        <message>
            <source>Tier: %1</source>
            <translation>Seviye: %1</translation>
        </message>
        <message>
            <source>Progress to the next tier: %1 percent</source>
            <translation>Bir sonraki seviyeye ilerleme: yüzde %1</translation>
        </message>
        <message>
            <source>Happy birthday! We added %1 to your card.</source>
            <translation>İyi ki doğdunuz! Kartınıza %1 ekledik.</translation>
        </message>
        <message>
            <source>%1 expire on %2. Use them before then!</source>
            <translation>%1 %2 tarihinde sona eriyor. O tarihten önce kullanın!</translation>
        </message>
        <message>
            <source>Found by phone number: scan your card to use your points.</source>
            <translation>Telefon numarasıyla bulundu: puanlarınızı kullanmak için kartınızı okutun.</translation>
        </message>
        <message>
            <source>No activity yet.</source>
            <translation>Henüz işlem yok.</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <source>Type a name, a phone number or a card number.</source>
            <translation>Ad, telefon numarası veya kart numarası yazın.</translation>
        </message>
        <message>
            <source>Nobody found. Check the spelling, or enrol a new member.</source>
            <translation>Kimse bulunamadı. Yazımı kontrol edin ya da yeni üye kaydedin.</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) found.</source>
            <translation>
                <numerusform>%n üye bulundu.</numerusform>
            </translation>
        </message>
        <message>
            <source>The birthday is not a date: type it as DD.MM.YYYY.</source>
            <translation>Doğum tarihi geçerli bir tarih değil: GG.AA.YYYY biçiminde yazın.</translation>
        </message>
        <message>
            <source>Changes saved.</source>
            <translation>Değişiklikler kaydedildi.</translation>
        </message>
        <message>
            <source>Enrolled %1 with card %2.</source>
            <translation>%1, %2 numaralı kartla kaydedildi.</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>kayıp</translation>
        </message>
        <message>
            <source>The old card is blocked; the new card %1 carries the balance.</source>
            <translation>Eski kart engellendi; bakiye yeni karta (%1) aktarıldı.</translation>
        </message>
        <message>
            <source>Adjusted by %1 points; the balance is now %2.</source>
            <translation>Puan düzeltmesi: %1; yeni bakiye: %2.</translation>
        </message>
        <message>
            <source>The phone look-up is unlocked: the member can use their PIN again.</source>
            <translation>Telefonla arama kilidi açıldı: üye PIN'ini yeniden kullanabilir.</translation>
        </message>
        <message>
            <source>Member blocked.</source>
            <translation>Üye engellendi.</translation>
        </message>
        <message>
            <source>Member unblocked.</source>
            <translation>Üyenin engeli kaldırıldı.</translation>
        </message>
        <message>
            <source>Merged: the duplicate's points, cards and purchases are here now.</source>
            <translation>Birleştirildi: mükerrer kaydın puanları, kartları ve alışverişleri artık bu üyede.</translation>
        </message>
        <message>
            <source>Personal data erased; the points history stays, anonymous.</source>
            <translation>Kişisel veriler silindi; puan geçmişi anonim olarak kalır.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <source>BLOCKED</source>
            <translation>ENGELLİ</translation>
        </message>
        <message>
            <source>erased</source>
            <translation>silindi</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>birleştirildi</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Üyeler</translation>
        </message>
        <message>
            <source>Name, phone or card number</source>
            <translation>Ad, telefon veya kart numarası</translation>
        </message>
        <message>
            <source>Search members</source>
            <translation>Üye ara</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Ara</translation>
        </message>
        <message>
            <source>New member</source>
            <translation>Yeni üye</translation>
        </message>
        <message>
            <source>Import members</source>
            <translation>Üye aktar</translation>
        </message>
        <message>
            <source>Replace lost card</source>
            <translation>Kayıp kartı değiştir</translation>
        </message>
        <message>
            <source>Record a purchase</source>
            <translation>Alışveriş kaydet</translation>
        </message>
        <message>
            <source>New card (empty: a new number)</source>
            <translation>Yeni kart (boş: yeni numara)</translation>
        </message>
        <message>
            <source>New card number</source>
            <translation>Yeni kart numarası</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kart</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puan</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Verildi</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Engellendi</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <source>What</source>
            <translation>İşlem</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referans</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Bilgiler</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Kartlar</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Geçmiş</translation>
        </message>
        <message>
            <source>Manage</source>
            <translation>Yönet</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 points</source>
            <translation>%1 · %2 · %3 puan</translation>
        </message>
        <message numerus="yes">
            <source>Phone look-up locked after %n wrong PIN(s).</source>
            <translation>
                <numerusform>Telefonla arama %n yanlış PIN nedeniyle kilitli.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Phone look-up locked since %1 after %n wrong PIN(s).</source>
            <translation>
                <numerusform>Telefonla arama %n yanlış PIN nedeniyle %1 tarihinden beri kilitli.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unlock phone look-up</source>
            <translation>Telefonla arama kilidini aç</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>That scan did not read right</source>
            <translation>Kart doğru okunamadı</translation>
        </message>
        <message>
            <source>This is not one of our cards</source>
            <translation>Bu bizim kartlarımızdan biri değil</translation>
        </message>
        <message>
            <source>This card is blocked</source>
            <translation>Bu kart engellenmiş</translation>
        </message>
        <message>
            <source>This account is on hold</source>
            <translation>Bu hesap askıya alınmış</translation>
        </message>
        <message>
            <source>We could not find that number</source>
            <translation>Bu numarayı bulamadık</translation>
        </message>
        <message>
            <source>That PIN is not right</source>
            <translation>PIN yanlış</translation>
        </message>
        <message>
            <source>Phone look-up is locked</source>
            <translation>Telefonla giriş kilitlendi</translation>
        </message>
        <message>
            <source>Number or PIN not recognised</source>
            <translation>Numara veya PIN tanınmadı</translation>
        </message>
        <message>
            <source>We cannot save anything right now</source>
            <translation>Şu anda hiçbir şey kaydedemiyoruz</translation>
        </message>
        <message>
            <source>We cannot reach our records right now</source>
            <translation>Kayıtlarımıza şu anda ulaşamıyoruz</translation>
        </message>
        <message>
            <source>Sorry, that did not work</source>
            <translation>Üzgünüz, bu olmadı</translation>
        </message>
        <message>
            <source>Nothing was entered. Please try again.</source>
            <translation>Hiçbir şey girilmedi. Lütfen tekrar deneyin.</translation>
        </message>
        <message>
            <source>Please scan your card again, holding it steady.</source>
            <translation>Lütfen kartınızı sabit tutarak yeniden okutun.</translation>
        </message>
        <message>
            <source>Please scan your loyalty card, or use your phone number.</source>
            <translation>Lütfen sadakat kartınızı okutun ya da telefon numaranızı kullanın.</translation>
        </message>
        <message>
            <source>This card is not registered yet.</source>
            <translation>Bu kart henüz kayıtlı değil.</translation>
        </message>
        <message>
            <source>Please ask a member of staff at the till. They can help straight away.</source>
            <translation>Lütfen kasadaki personele başvurun. Size hemen yardımcı olurlar.</translation>
        </message>
        <message>
            <source>Please ask a member of staff at the till.</source>
            <translation>Lütfen kasadaki personele başvurun.</translation>
        </message>
        <message>
            <source>This account no longer exists. Please ask a member of staff.</source>
            <translation>Bu hesap artık yok. Lütfen personele başvurun.</translation>
        </message>
        <message>
            <source>That does not look like a phone number. Please check it.</source>
            <translation>Bu bir telefon numarasına benzemiyor. Lütfen kontrol edin.</translation>
        </message>
        <message>
            <source>Please check the number, or scan your card instead.</source>
            <translation>Lütfen numarayı kontrol edin ya da kartınızı okutun.</translation>
        </message>
        <message>
            <source>This phone number already belongs to a member. Scan that card or ask staff.</source>
            <translation>Bu telefon numarası zaten bir üyeye ait. O kartı okutun veya personele başvurun.</translation>
        </message>
        <message>
            <source>This card already belongs to a member.</source>
            <translation>Bu kart zaten bir üyeye ait.</translation>
        </message>
        <message>
            <source>Please type your name.</source>
            <translation>Lütfen adınızı yazın.</translation>
        </message>
        <message>
            <source>That name is too long.</source>
            <translation>Bu ad çok uzun.</translation>
        </message>
        <message>
            <source>Please type your name with letters only: it has a hidden character that cannot be printed.</source>
            <translation>Lütfen adınızı yalnızca harflerle yazın: içinde yazdırılamayan gizli bir karakter var.</translation>
        </message>
        <message>
            <source>That e-mail address does not look right. Please check it.</source>
            <translation>Bu e-posta adresi doğru görünmüyor. Lütfen kontrol edin.</translation>
        </message>
        <message>
            <source>That birthday does not look right. Please check the date.</source>
            <translation>Doğum tarihi doğru görünmüyor. Lütfen tarihi kontrol edin.</translation>
        </message>
        <message>
            <source>You do not have enough points for this reward yet.</source>
            <translation>Bu ödül için henüz yeterli puanınız yok.</translation>
        </message>
        <message>
            <source>Sorry, this reward has just run out.</source>
            <translation>Üzgünüz, bu ödül az önce tükendi.</translation>
        </message>
        <message>
            <source>This reward is for a higher tier.</source>
            <translation>Bu ödül daha yüksek bir seviye için.</translation>
        </message>
        <message>
            <source>This reward is not available any more.</source>
            <translation>Bu ödül artık sunulmuyor.</translation>
        </message>
        <message>
            <source>This reward is not offered at this shop.</source>
            <translation>Bu ödül bu mağazada sunulmuyor.</translation>
        </message>
        <message>
            <source>This cause is not taking donations right now.</source>
            <translation>Bu kampanya şu anda bağış kabul etmiyor.</translation>
        </message>
        <message>
            <source>Choose how many points to give.</source>
            <translation>Kaç puan bağışlayacağınızı seçin.</translation>
        </message>
        <message>
            <source>Please enter your PIN.</source>
            <translation>Lütfen PIN kodunuzu girin.</translation>
        </message>
        <message>
            <source>No PIN is set for this account. Scan your card, or ask staff to set one.</source>
            <translation>Bu hesap için PIN belirlenmemiş. Kartınızı okutun ya da personelden PIN belirlemesini isteyin.</translation>
        </message>
        <message>
            <source>Please try again.</source>
            <translation>Lütfen tekrar deneyin.</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Please scan your card or ask a member of staff.</source>
            <translation>Çok fazla yanlış PIN girildi. Lütfen kartınızı okutun veya personele başvurun.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits.</source>
            <translation>PIN 4 ile 6 rakam arasındadır.</translation>
        </message>
        <message>
            <source>Please check both and try again, or scan your card. Staff can set a PIN for you.</source>
            <translation>Lütfen ikisini de kontrol edip tekrar deneyin ya da kartınızı okutun. Personel sizin için PIN belirleyebilir.</translation>
        </message>
        <message>
            <source>Nothing has been lost. Please ask a member of staff: the kiosk needs attention.</source>
            <translation>Hiçbir şey kaybolmadı. Lütfen bir görevliye başvurun: kioskun bakıma ihtiyacı var.</translation>
        </message>
        <message>
            <source>Something changed at the same moment. Please try again.</source>
            <translation>Aynı anda bir şey değişti. Lütfen tekrar deneyin.</translation>
        </message>
        <message>
            <source>Nothing has been lost. Please try again in a moment, or ask a member of staff.</source>
            <translation>Hiçbir şey kaybolmadı. Lütfen biraz sonra tekrar deneyin veya personele başvurun.</translation>
        </message>
        <message>
            <source>Please try again, or ask a member of staff for help.</source>
            <translation>Lütfen tekrar deneyin veya personelden yardım isteyin.</translation>
        </message>
        <message>
            <source>The printer has run out of paper.</source>
            <translation>Yazıcının kağıdı bitti.</translation>
        </message>
        <message>
            <source>The printer's cover is open.</source>
            <translation>Yazıcının kapağı açık.</translation>
        </message>
        <message>
            <source>The printer is not ready.</source>
            <translation>Yazıcı hazır değil.</translation>
        </message>
        <message>
            <source>The printer cannot be reached.</source>
            <translation>Yazıcıya ulaşılamıyor.</translation>
        </message>
        <message>
            <source>The printer stopped answering.</source>
            <translation>Yazıcı yanıt vermeyi bıraktı.</translation>
        </message>
        <message>
            <source>The printer did not answer in time.</source>
            <translation>Yazıcı zamanında yanıt vermedi.</translation>
        </message>
        <message>
            <source>The printer is not connected.</source>
            <translation>Yazıcı bağlı değil.</translation>
        </message>
        <message>
            <source>This kiosk has no printer.</source>
            <translation>Bu kioskta yazıcı yok.</translation>
        </message>
        <message>
            <source>The printer could not print.</source>
            <translation>Yazıcı yazdıramadı.</translation>
        </message>
        <message>
            <source>Spend %1 more by %2 to reach %3.</source>
            <translation>%3 seviyesine ulaşmak için %2 tarihine kadar %1 daha harcayın.</translation>
        </message>
        <message>
            <source>Spend %1 more within a year to reach %2.</source>
            <translation>%2 seviyesine ulaşmak için bir yıl içinde %1 daha harcayın.</translation>
        </message>
        <message>
            <source>Spend %1 more by %2 to keep %3.</source>
            <translation>%3 seviyesini korumak için %2 tarihine kadar %1 daha harcayın.</translation>
        </message>
        <message>
            <source>You are at our top tier. Thank you!</source>
            <translation>En üst seviyedesiniz. Teşekkür ederiz!</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Alışveriş</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Ödül</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>İade</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>Düzeltme</translation>
        </message>
        <message>
            <source>Points expired</source>
            <translation>Süresi dolan puanlar</translation>
        </message>
        <message>
            <source>Donation</source>
            <translation>Bağış</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Aktarım</translation>
        </message>
        <message>
            <source>Birthday bonus</source>
            <translation>Doğum günü hediyesi</translation>
        </message>
        <message>
            <source>Voucher cancelled</source>
            <translation>Kupon iptal edildi</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>Açılış bakiyesi</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puanlar</translation>
        </message>
    </context>
    <context>
        <name>NumericKeypad</name>
        <message>
            <source>Digit %1</source>
            <translation>Rakam %1</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Temizle</translation>
        </message>
        <message>
            <source>Decimal point</source>
            <translation>Ondalık nokta</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Tamam</translation>
        </message>
    </context>
    <context>
        <name>OfflineBox</name>
        <message>
            <source>Purchase, receipt %1</source>
            <translation>Alışveriş, fiş %1</translation>
        </message>
        <message>
            <source>Refund, receipt %1</source>
            <translation>İade, fiş %1</translation>
        </message>
        <message>
            <source>Enrolment of %1</source>
            <translation>%1 kaydı</translation>
        </message>
        <message numerus="yes">
            <source>Reward voucher, %n point(s)</source>
            <translation>
                <numerusform>Ödül kuponu, %n puan</numerusform>
            </translation>
        </message>
        <message>
            <source>Voucher redeemed at the counter</source>
            <translation>Kasada kullanılan kupon</translation>
        </message>
        <message>
            <source>Changes made offline</source>
            <translation>Çevrimdışıyken yapılan değişiklikler</translation>
        </message>
        <message>
            <source>Mark as reviewed</source>
            <translation>İncelendi olarak işaretle</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Okunuyor…</translation>
        </message>
        <message numerus="yes">
            <source>Offline since %1 — %n change(s) waiting</source>
            <translation>
                <numerusform>Şu saatten beri çevrimdışı: %1 — %n değişiklik bekliyor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Online · %n change(s) waiting</source>
            <translation>
                <numerusform>Çevrimiçi · %n değişiklik bekliyor</numerusform>
            </translation>
        </message>
        <message>
            <source>local copy of %1</source>
            <translation>%1 tarihli yerel kopya</translation>
        </message>
        <message>
            <source>Nothing was refused by the server.</source>
            <translation>Sunucu hiçbir şeyi reddetmedi.</translation>
        </message>
    </context>
    <context>
        <name>OfflineStrip</name>
        <message numerus="yes">
            <source>Offline since %1 — %n change(s) waiting</source>
            <translation>
                <numerusform>Şu saatten beri çevrimdışı: %1 — %n değişiklik bekliyor</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline since %1</source>
            <translation>Şu saatten beri çevrimdışı: %1</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n change(s) made offline</source>
            <translation>
                <numerusform>Çevrimdışıyken yapılan %n değişiklik gönderiliyor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the server: see Hardware</source>
            <translation>
                <numerusform>%n değişiklik sunucu tarafından reddedildi: Donanım sayfasına bakın</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <source>Letter %1</source>
            <translation>Harf %1</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Büyük harf</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Boşluk</translation>
        </message>
        <message>
            <source>Hyphen</source>
            <translation>Kısa çizgi</translation>
        </message>
        <message>
            <source>Apostrophe</source>
            <translation>Kesme işareti</translation>
        </message>
        <message>
            <source>At sign</source>
            <translation>Et işareti</translation>
        </message>
        <message>
            <source>Dot</source>
            <translation>Nokta</translation>
        </message>
        <message>
            <source>Switch keyboard to %1</source>
            <translation>Klavyeyi %1 yap</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Bitti</translation>
        </message>
    </context>
    <context>
        <name>PhoneScreen</name>
        <message numerus="yes">
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n rakam girildi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n PIN digit(s) entered</source>
            <translation>
                <numerusform>PIN için %n rakam girildi</numerusform>
            </translation>
        </message>
        <message>
            <source>Your phone number</source>
            <translation>Telefon numaranız</translation>
        </message>
        <message>
            <source>Type the number you gave us and check it before you go on.</source>
            <translation>Bize verdiğiniz numarayı yazın ve devam etmeden önce kontrol edin.</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>İleri</translation>
        </message>
        <message>
            <source>Find me</source>
            <translation>Beni bul</translation>
        </message>
        <message>
            <source>Back to start</source>
            <translation>Başa dön</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>PIN kodunuz</translation>
        </message>
        <message>
            <source>Type your 4 to 6 digit PIN. Cover the keypad with your hand.</source>
            <translation>4-6 haneli PIN kodunuzu girin. Tuş takımını elinizle kapatın.</translation>
        </message>
        <message>
            <source>Back to the phone number</source>
            <translation>Telefon numarasına dön</translation>
        </message>
    </context>
    <context>
        <name>PicturePicker</name>
        <message>
            <source>No picture</source>
            <translation>Resim yok</translation>
        </message>
    </context>
    <context>
        <name>Plurals</name>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n puan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) left.</source>
            <translation>
                <numerusform>%n deneme hakkınız kaldı.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tier credit(s)</source>
            <translation>
                <numerusform>%n seviye kredisi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintingScreen</name>
        <message>
            <source>Printing your voucher</source>
            <translation>Kuponunuz yazdırılıyor</translation>
        </message>
        <message>
            <source>Printing your thank-you slip</source>
            <translation>Teşekkür fişiniz yazdırılıyor</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Kaydediliyor…</translation>
        </message>
        <message>
            <source>Saved. Sending it to the printer…</source>
            <translation>Kaydedildi. Yazıcıya gönderiliyor…</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Yazdırılıyor…</translation>
        </message>
        <message>
            <source>Done!</source>
            <translation>Tamam!</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>İlerleme</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Çalışıyor</translation>
        </message>
    </context>
    <context>
        <name>ProgrammePage</name>
        <message>
            <source>Type the start date as DD.MM.YYYY, or leave it empty.</source>
            <translation>Başlangıç tarihini GG.AA.YYYY biçiminde yazın ya da boş bırakın.</translation>
        </message>
        <message>
            <source>Saved. The new rules apply from now on (or the date given); points already earned stay as they are.</source>
            <translation>Kaydedildi. Yeni kurallar bundan sonra (veya belirtilen tarihten itibaren) geçerlidir; kazanılmış puanlar olduğu gibi kalır.</translation>
        </message>
        <message>
            <source>Programme rules</source>
            <translation>Program kuralları</translation>
        </message>
        <message>
            <source>spent</source>
            <translation>harcama</translation>
        </message>
        <message>
            <source>points earned</source>
            <translation>kazanılan puan</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puan</translation>
        </message>
        <message>
            <source>× the usual points</source>
            <translation>× normal puan</translation>
        </message>
        <message>
            <source>Tier name</source>
            <translation>Seviye adı</translation>
        </message>
        <message>
            <source>Tier starts from</source>
            <translation>Seviyenin başladığı tutar</translation>
        </message>
        <message>
            <source>Points multiplier</source>
            <translation>Puan çarpanı</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Ek puan</translation>
        </message>
        <message>
            <source>points</source>
            <translation>puan</translation>
        </message>
        <message>
            <source>DD.MM.YYYY</source>
            <translation>GG.AA.YYYY</translation>
        </message>
        <message>
            <source>empty: every purchase</source>
            <translation>boş: her alışveriş</translation>
        </message>
        <message>
            <source>Earning</source>
            <translation>Puan kazanımı</translation>
        </message>
        <message>
            <source>Percent back</source>
            <translation>Yüzde geri kazanım</translation>
        </message>
        <message>
            <source>Tiers count</source>
            <translation>Seviye ölçütü</translation>
        </message>
        <message>
            <source>Points per amount</source>
            <translation>Tutar başına puan</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Harcama</translation>
        </message>
        <message>
            <source>Points earned</source>
            <translation>Kazanılan puan</translation>
        </message>
        <message>
            <source>Tiers (the first starts at 0)</source>
            <translation>Seviyeler (ilki 0'dan başlar)</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Seviye</translation>
        </message>
        <message>
            <source>Benefits</source>
            <translation>Avantajlar</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promosyonlar</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Başlangıç</translation>
        </message>
        <message>
            <source>Remove this tier</source>
            <translation>Bu seviyeyi kaldır</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bitiş</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategoriler</translation>
        </message>
        <message>
            <source>Minimum spend</source>
            <translation>En az harcama</translation>
        </message>
        <message>
            <source>Shops</source>
            <translation>Mağazalar</translation>
        </message>
        <message>
            <source>shop codes; empty: every shop</source>
            <translation>mağaza kodları; boş: her mağaza</translation>
        </message>
        <message>
            <source>Remove this promotion</source>
            <translation>Bu kampanyayı kaldır</translation>
        </message>
        <message>
            <source>For each %1 spent</source>
            <translation>Harcanan her %1 için</translation>
        </message>
        <message>
            <source>Given back as points</source>
            <translation>Puan olarak geri verilen</translation>
        </message>
        <message>
            <source>One point is worth</source>
            <translation>Bir puanın değeri</translation>
        </message>
        <message>
            <source>Points expire after</source>
            <translation>Puanların süresi dolar</translation>
        </message>
        <message>
            <source>Tiers count the last</source>
            <translation>Seviyeler şu kadar geriye bakar</translation>
        </message>
        <message>
            <source>Birthday present</source>
            <translation>Doğum günü hediyesi</translation>
        </message>
        <message>
            <source>Vouchers are valid for</source>
            <translation>Kuponların geçerlilik süresi</translation>
        </message>
        <message>
            <source>% of the purchase</source>
            <translation>alışverişin %'si</translation>
        </message>
        <message>
            <source>days (0: never)</source>
            <translation>gün (0: hiçbir zaman)</translation>
        </message>
        <message>
            <source>days</source>
            <translation>gün</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>Seviye ekle</translation>
        </message>
        <message>
            <source>Add promotion</source>
            <translation>Promosyon ekle</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Neden</translation>
        </message>
        <message>
            <source>Why the rules change</source>
            <translation>Kuralların değişme nedeni</translation>
        </message>
        <message>
            <source>Rules apply from</source>
            <translation>Geçerlilik başlangıcı</translation>
        </message>
        <message>
            <source>DD.MM.YYYY, empty: now</source>
            <translation>GG.AA.YYYY, boş: hemen</translation>
        </message>
        <message>
            <source>Save the rules</source>
            <translation>Kuralları kaydet</translation>
        </message>
        <message>
            <source>Earlier versions</source>
            <translation>Önceki sürümler</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Kaydeden</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Kayıt tarihi</translation>
        </message>
    </context>
    <context>
        <name>PurchasePage</name>
        <message>
            <source>Scan the customer's card or type the card or phone number.</source>
            <translation>Müşterinin kartını okutun ya da kart veya telefon numarasını yazın.</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefon</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 points · %4</source>
            <translation>%1 · %2 · %3 puan · %4</translation>
        </message>
        <message>
            <source>Type or scan the receipt number.</source>
            <translation>Fiş numarasını yazın veya okutun.</translation>
        </message>
        <message>
            <source>Receipt %1 was already recorded on %2; no points were added.</source>
            <translation>%1 numaralı fiş %2 tarihinde zaten kaydedilmiş; puan eklenmedi.</translation>
        </message>
        <message numerus="yes">
            <source>Recorded %1 for %2, +%n point(s)</source>
            <translation>
                <numerusform>%2 için %1 kaydedildi, +%n puan</numerusform>
            </translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>Receipt %1.</source>
            <translation>Fiş %1.</translation>
        </message>
        <message>
            <source>New balance: %1 points.</source>
            <translation>Yeni bakiye: %1 puan.</translation>
        </message>
        <message>
            <source>Card %1: not on this kiosk while the line is down. The purchase is kept and its points are added when the line is back.</source>
            <translation>Kart %1: bağlantı kesikken bu kioskta kayıtlı değil. Alışveriş saklanır, puanları bağlantı gelince eklenir.</translation>
        </message>
        <message>
            <source>Recorded %1 for card %2</source>
            <translation>%2 kartı için %1 kaydedildi</translation>
        </message>
        <message>
            <source>The points are added when the line is back.</source>
            <translation>Puanlar bağlantı gelince eklenir.</translation>
        </message>
        <message>
            <source>Scan the next customer's card.</source>
            <translation>Sıradaki müşterinin kartını okutun.</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Alışveriş</translation>
        </message>
        <message>
            <source>Record a purchase</source>
            <translation>Alışveriş kaydet</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Müşteri</translation>
        </message>
        <message>
            <source>Scan the card, or type card or phone number</source>
            <translation>Kartı okutun ya da kart veya telefon numarasını yazın</translation>
        </message>
        <message>
            <source>Customer card or phone</source>
            <translation>Müşteri kartı veya telefonu</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Bul</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Tutar</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Fiş</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Fiş numarası</translation>
        </message>
        <message>
            <source>Receipt number from the till</source>
            <translation>Kasa fişindeki numara</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Record purchase</source>
            <translation>Alışverişi kaydet</translation>
        </message>
    </context>
    <context>
        <name>RedeemFlow</name>
        <message>
            <source>Vouchers cannot be printed right now</source>
            <translation>Kuponlar şu anda yazdırılamıyor</translation>
        </message>
        <message>
            <source>The printer is not ready. No points have been taken. Please ask a member of staff.</source>
            <translation>Yazıcı hazır değil. Hiç puan düşülmedi. Lütfen bir görevliye başvurun.</translation>
        </message>
    </context>
    <context>
        <name>RefundPage</name>
        <message>
            <source>Type or scan the receipt number.</source>
            <translation>Fiş numarasını yazın veya okutun.</translation>
        </message>
        <message numerus="yes">
            <source>Refunded %1 on receipt %2: %n point(s) taken back</source>
            <translation>
                <numerusform>%2 numaralı fişten %1 iade edildi: %n puan geri alındı</numerusform>
            </translation>
        </message>
        <message>
            <source>New balance: %1 points.</source>
            <translation>Yeni bakiye: %1 puan.</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>İade</translation>
        </message>
        <message>
            <source>Refund by receipt</source>
            <translation>Fişle iade</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Fiş</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Fiş numarası</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Tutar</translation>
        </message>
        <message>
            <source>Amount to refund</source>
            <translation>İade tutarı</translation>
        </message>
        <message>
            <source>Empty: refund everything that is left</source>
            <translation>Boş: kalan tutarın tamamını iade et</translation>
        </message>
        <message>
            <source>Touch again to refund</source>
            <translation>İade için tekrar dokunun</translation>
        </message>
    </context>
    <context>
        <name>ResultScreen</name>
        <message>
            <source>Take your voucher</source>
            <translation>Kuponunuzu alın</translation>
        </message>
        <message>
            <source>Thank you!</source>
            <translation>Teşekkür ederiz!</translation>
        </message>
        <message>
            <source>Your voucher for %1 is printed below the screen. Show it at the till.</source>
            <translation>%1 kuponunuz ekranın altından çıktı. Kasada gösterin.</translation>
        </message>
        <message>
            <source>You gave %1 to %2. Please take your slip.</source>
            <translation>%2 için %1 bağışladınız. Lütfen fişinizi alın.</translation>
        </message>
        <message>
            <source>Your voucher is saved</source>
            <translation>Kuponunuz kaydedildi</translation>
        </message>
        <message>
            <source>Thank you! Your donation is saved</source>
            <translation>Teşekkürler! Bağışınız kaydedildi</translation>
        </message>
        <message>
            <source>Nothing is lost: please go to the till and show this code. Staff will print your voucher for you.</source>
            <translation>Hiçbir şey kaybolmadı: lütfen kasaya gidip bu kodu gösterin. Personel kuponunuzu sizin için yazdıracak.</translation>
        </message>
        <message>
            <source>Your points have been given; no slip is needed.</source>
            <translation>Puanlarınız bağışlandı; fiş gerekmiyor.</translation>
        </message>
        <message>
            <source>Voucher code %1</source>
            <translation>Kupon kodu %1</translation>
        </message>
        <message>
            <source>Points left: %1</source>
            <translation>Kalan puan: %1</translation>
        </message>
        <message>
            <source>Preview of your voucher</source>
            <translation>Kuponunuzun önizlemesi</translation>
        </message>
        <message>
            <source>Preview of your slip</source>
            <translation>Fişinizin önizlemesi</translation>
        </message>
        <message>
            <source>Back to my rewards</source>
            <translation>Ödüllerime dön</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Bitti</translation>
        </message>
        <message>
            <source>Done, back to the start</source>
            <translation>Bitti, başa dön</translation>
        </message>
    </context>
    <context>
        <name>RoleChoice</name>
        <message>
            <source>Clerk</source>
            <translation>Kasiyer</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Yönetici</translation>
        </message>
    </context>
    <context>
        <name>ScheduledWorkBox</name>
        <message>
            <source>Scheduled work</source>
            <translation>Zamanlanmış işler</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Okunuyor…</translation>
        </message>
        <message>
            <source>Points expiry</source>
            <translation>Puanların süresinin dolması</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Yedekleme</translation>
        </message>
        <message>
            <source>Report totals</source>
            <translation>Rapor toplamları</translation>
        </message>
        <message>
            <source>Clean-up of old previews and exports</source>
            <translation>Eski önizlemelerin ve dışa aktarımların temizliği</translation>
        </message>
        <message>
            <source>Backup: the chain's database server is backed up on the server (pg_dump), not by the kiosk</source>
            <translation>Yedekleme: zincirin veritabanı sunucusu kiosk tarafından değil, sunucunun kendisinde yedeklenir (pg_dump)</translation>
        </message>
        <message>
            <source>%1: never run yet</source>
            <translation>%1: henüz hiç çalışmadı</translation>
        </message>
        <message>
            <source>next: %1</source>
            <translation>sonraki: %1</translation>
        </message>
        <message>
            <source>%1 failed at %2: %3</source>
            <translation>%1 başarısız oldu (%2): %3</translation>
        </message>
        <message>
            <source>Points expiry %1: nothing had expired</source>
            <translation>Puanların süresinin dolması %1: süresi dolan puan yoktu</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n üye</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Points expiry %1: %n point(s) expired (%2)</source>
            <translation>
                <numerusform>Puanların süresinin dolması %1: %n puanın süresi doldu (%2)</numerusform>
            </translation>
        </message>
        <message>
            <source>Last backup %1, %2, ok</source>
            <translation>Son yedekleme %1, %2, tamam</translation>
        </message>
        <message numerus="yes">
            <source>Clean-up %1: %n old file(s) deleted</source>
            <translation>
                <numerusform>Temizlik %1: %n eski dosya silindi</numerusform>
            </translation>
        </message>
        <message>
            <source>Report totals counted %1</source>
            <translation>Rapor toplamları hesaplandı: %1</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>disk dolu</translation>
        </message>
        <message>
            <source>the folder cannot be written to</source>
            <translation>klasöre yazılamıyor</translation>
        </message>
        <message>
            <source>the database could not be used</source>
            <translation>veritabanı kullanılamadı</translation>
        </message>
        <message>
            <source>a file could not be read or written</source>
            <translation>bir dosya okunamadı veya yazılamadı</translation>
        </message>
        <message>
            <source>an unexpected error (see the log)</source>
            <translation>beklenmeyen bir hata (günlüğe bakın)</translation>
        </message>
        <message>
            <source>%1 today</source>
            <translation>bugün %1</translation>
        </message>
        <message>
            <source>%1 yesterday</source>
            <translation>dün %1</translation>
        </message>
        <message>
            <source>%1 tomorrow</source>
            <translation>yarın %1</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 GB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n bayt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetupScreen</name>
        <message>
            <source>The shop name must be 1 to 60 letters or digits.</source>
            <translation>Mağaza adı 1 ila 60 harf veya rakam olmalıdır.</translation>
        </message>
        <message>
            <source>This is not a country. Type its name or its two-letter code, such as GB, TR or RU.</source>
            <translation>Bu bir ülke değil. Adını veya GB, TR, RU gibi iki harfli kodunu yazın.</translation>
        </message>
        <message>
            <source>This is not a currency. Type its three-letter code, such as GBP, TRY, RUB or EUR.</source>
            <translation>Bu bir para birimi değil. GBP, TRY, RUB veya EUR gibi üç harfli kodunu yazın.</translation>
        </message>
        <message>
            <source>This is not a time zone. Choose one, or type a name such as Europe/London.</source>
            <translation>Bu bir saat dilimi değil. Birini seçin veya Europe/Istanbul gibi bir ad yazın.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits.</source>
            <translation>PIN 4-6 rakamdan oluşur.</translation>
        </message>
        <message>
            <source>Choose a country or type its name.</source>
            <translation>Bir ülke seçin veya adını yazın.</translation>
        </message>
        <message>
            <source>Looking for printers…</source>
            <translation>Yazıcılar aranıyor…</translation>
        </message>
        <message>
            <source>Simulated printer (for trying the kiosk)</source>
            <translation>Sanal yazıcı (kioskı denemek için)</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>Yazıcı yok</translation>
        </message>
        <message numerus="yes">
            <source>%n printer(s) found.</source>
            <translation>
                <numerusform>%n yazıcı bulundu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Printing a test page…</source>
            <translation>Deneme sayfası yazdırılıyor…</translation>
        </message>
        <message>
            <source>Did the test page come out?</source>
            <translation>Deneme sayfası çıktı mı?</translation>
        </message>
        <message>
            <source>The printer works.</source>
            <translation>Yazıcı çalışıyor.</translation>
        </message>
        <message>
            <source>Check the paper and the cable, or choose another printer.</source>
            <translation>Kâğıdı ve kabloyu kontrol edin ya da başka bir yazıcı seçin.</translation>
        </message>
        <message>
            <source>Choose a printer, or No printer.</source>
            <translation>Bir yazıcı ya da "Yazıcı yok" seçin.</translation>
        </message>
        <message>
            <source>Looking for scanners…</source>
            <translation>Tarayıcılar aranıyor…</translation>
        </message>
        <message>
            <source>Keyboard (USB wedge) scanner</source>
            <translation>Klavye gibi çalışan (USB) okuyucu</translation>
        </message>
        <message>
            <source>Scan any barcode now.</source>
            <translation>Şimdi herhangi bir barkodu okutun.</translation>
        </message>
        <message>
            <source>The scanner could not be opened.</source>
            <translation>Okuyucu açılamadı.</translation>
        </message>
        <message>
            <source>Seen: %1</source>
            <translation>Okunan: %1</translation>
        </message>
        <message>
            <source>No scan seen. Check the cable, or skip this test.</source>
            <translation>Okutma görülmedi. Kabloyu kontrol edin veya bu denemeyi atlayın.</translation>
        </message>
        <message>
            <source>Type the first manager's name.</source>
            <translation>İlk yöneticinin adını yazın.</translation>
        </message>
        <message>
            <source>The two PINs differ. Type a new PIN.</source>
            <translation>İki PIN farklı. Yeni bir PIN yazın.</translation>
        </message>
        <message>
            <source> (test page printed)</source>
            <translation> (deneme sayfası yazdırıldı)</translation>
        </message>
        <message>
            <source> (the test page did not come out)</source>
            <translation> (deneme sayfası çıkmadı)</translation>
        </message>
        <message>
            <source>Printer: %1</source>
            <translation>Yazıcı: %1</translation>
        </message>
        <message>
            <source>Scanner: %1</source>
            <translation>Okuyucu: %1</translation>
        </message>
        <message>
            <source>keyboard (USB wedge)</source>
            <translation>klavye gibi çalışan (USB)</translation>
        </message>
        <message>
            <source>First manager: %1</source>
            <translation>İlk yönetici: %1</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Deneme verisi</translation>
        </message>
        <message>
            <source>An empty shop</source>
            <translation>Boş mağaza</translation>
        </message>
        <message>
            <source>The settings are written to %1. To change them later, edit that file (docs/config.example.toml explains every key) or run `python main.py setup --force`.</source>
            <translation>Ayarlar %1 dosyasına yazılır. Sonra değiştirmek için bu dosyayı düzenleyin (her anahtar docs/config.example.toml içinde açıklanır) veya `python main.py setup --force` çalıştırın.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Kaydediliyor…</translation>
        </message>
        <message>
            <source>Saved. Starting the kiosk…</source>
            <translation>Kaydedildi. Kiosk başlatılıyor…</translation>
        </message>
        <message>
            <source>Welcome! Choose the kiosk's language</source>
            <translation>Hoş geldiniz! Kioskun dilini seçin</translation>
        </message>
        <message>
            <source>The shop's name</source>
            <translation>Mağazanın adı</translation>
        </message>
        <message>
            <source>The shop's country</source>
            <translation>Mağazanın ülkesi</translation>
        </message>
        <message>
            <source>Currency and time zone</source>
            <translation>Para birimi ve saat dilimi</translation>
        </message>
        <message>
            <source>The receipt printer</source>
            <translation>Fiş yazıcısı</translation>
        </message>
        <message>
            <source>The barcode scanner</source>
            <translation>Barkod okuyucu</translation>
        </message>
        <message>
            <source>The first manager</source>
            <translation>İlk yönetici</translation>
        </message>
        <message>
            <source>Type the same PIN again</source>
            <translation>Aynı PIN'i yeniden yazın</translation>
        </message>
        <message>
            <source>The manager's PIN</source>
            <translation>Yöneticinin PIN'i</translation>
        </message>
        <message>
            <source>Demo data or an empty shop?</source>
            <translation>Deneme verisi mi, boş mağaza mı?</translation>
        </message>
        <message>
            <source>Ready to save</source>
            <translation>Kaydetmeye hazır</translation>
        </message>
        <message>
            <source>The set-up speaks this language; customers can still choose theirs.</source>
            <translation>Kurulum bu dilde sürer; müşteriler yine kendi dillerini seçebilir.</translation>
        </message>
        <message>
            <source>Shown on the screen and printed on every voucher.</source>
            <translation>Ekranda görünür ve her kupona basılır.</translation>
        </message>
        <message>
            <source>It decides the phone numbers, the currency and the time zone; each can be changed next.</source>
            <translation>Telefon numaralarını, para birimini ve saat dilimini belirler; her biri sonraki adımda değiştirilebilir.</translation>
        </message>
        <message>
            <source>Suggested for the country; change them if they are wrong.</source>
            <translation>Ülkeye göre önerildi; yanlışsa değiştirin.</translation>
        </message>
        <message>
            <source>Choose the printer, print a test page and say whether it came out. A network printer: type its address as host:port and search.</source>
            <translation>Yazıcıyı seçin, bir deneme sayfası yazdırın ve çıkıp çıkmadığını söyleyin. Ağ yazıcısı için adresini host:port olarak yazıp arayın.</translation>
        </message>
        <message>
            <source>Choose the scanner, then scan any barcode to test it.</source>
            <translation>Okuyucuyu seçin, sonra denemek için herhangi bir barkodu okutun.</translation>
        </message>
        <message>
            <source>Managers open the staff screen and add the other staff.</source>
            <translation>Yöneticiler personel ekranını açar ve diğer personeli ekler.</translation>
        </message>
        <message>
            <source>4 to 6 digits, typed twice.</source>
            <translation>4 ila 6 rakam, iki kez yazılır.</translation>
        </message>
        <message>
            <source>Demo data fills the kiosk with pretend members to try it; an empty shop starts with no members and no rewards.</source>
            <translation>Deneme verisi, kioskı denemek için hayali üyelerle doldurur; boş mağaza üyesiz ve ödülsüz başlar.</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Adım %1 / %2</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Geri</translation>
        </message>
        <message>
            <source>Save and start</source>
            <translation>Kaydet ve başlat</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>İleri</translation>
        </message>
        <message>
            <source>Another country: type its name or code</source>
            <translation>Başka bir ülke: adını veya kodunu yazın</translation>
        </message>
        <message>
            <source>Currency (ISO code, e.g. GBP, TRY, RUB, EUR)</source>
            <translation>Para birimi (ISO kodu, ör. GBP, TRY, RUB, EUR)</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Saat dilimi</translation>
        </message>
        <message>
            <source>Network printer address (host:port)</source>
            <translation>Ağ yazıcısının adresi (host:port)</translation>
        </message>
        <message>
            <source>Search again</source>
            <translation>Yeniden ara</translation>
        </message>
        <message>
            <source>Print a test page</source>
            <translation>Test sayfası yazdır</translation>
        </message>
        <message>
            <source>Yes, it came out</source>
            <translation>Evet, çıktı</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Hayır</translation>
        </message>
        <message>
            <source>Test scan</source>
            <translation>Deneme okutma</translation>
        </message>
        <message>
            <source>Demo data
pretend members, rewards and history</source>
            <translation>Deneme verisi
hayali üyeler, ödüller ve geçmiş</translation>
        </message>
        <message>
            <source>An empty shop
no members, no rewards yet</source>
            <translation>Boş mağaza
henüz üye ve ödül yok</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Bitti</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Tamam</translation>
        </message>
    </context>
    <context>
        <name>ShopChoice</name>
        <message>
            <source>Whole chain</source>
            <translation>Tüm zincir</translation>
        </message>
    </context>
    <context>
        <name>StaffAccountsPage</name>
        <message>
            <source>never</source>
            <translation>hiç</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Yönetici</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Kasiyer</translation>
        </message>
        <message>
            <source>switched off</source>
            <translation>kapalı</translation>
        </message>
        <message>
            <source>locked by a manager</source>
            <translation>bir yönetici tarafından kilitlendi</translation>
        </message>
        <message>
            <source>locked until %1</source>
            <translation>%1 saatine kadar kilitli</translation>
        </message>
        <message>
            <source>card locked until %1</source>
            <translation>kartla giriş %1 saatine kadar kilitli</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <source>locked by %1</source>
            <translation>%1 tarafından kilitlendi</translation>
        </message>
        <message numerus="yes">
            <source>locked until %1 after %n wrong PIN(s)</source>
            <translation>
                <numerusform>%n yanlış PIN nedeniyle %1 saatine kadar kilitli</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>card login locked until %1 after %n wrong PIN(s)</source>
            <translation>
                <numerusform>kartla giriş %n yanlış PIN nedeniyle %1 saatine kadar kilitli</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>active, %n wrong PIN(s) since the last login</source>
            <translation>
                <numerusform>etkin, son girişten beri %n yanlış PIN</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved the changes to %1.</source>
            <translation>%1 için değişiklikler kaydedildi.</translation>
        </message>
        <message>
            <source>%1 has a new PIN.</source>
            <translation>%1 için yeni PIN ayarlandı.</translation>
        </message>
        <message>
            <source>%1 is unlocked and can log in.</source>
            <translation>%1 hesabının kilidi açıldı, giriş yapabilir.</translation>
        </message>
        <message>
            <source>%1 is locked and cannot log in.</source>
            <translation>%1 kilitlendi, giriş yapamaz.</translation>
        </message>
        <message>
            <source>%1 can log in again.</source>
            <translation>%1 yeniden giriş yapabilir.</translation>
        </message>
        <message>
            <source>%1 is switched off and cannot log in.</source>
            <translation>%1 kapatıldı, giriş yapamaz.</translation>
        </message>
        <message>
            <source>Type the new staff member's name.</source>
            <translation>Yeni personelin adını yazın.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN twice again.</source>
            <translation>İki PIN aynı değil. PIN'i yeniden iki kez yazın.</translation>
        </message>
        <message>
            <source>Added %1 as %2. They can log in now.</source>
            <translation>%1, %2 olarak eklendi. Artık giriş yapabilir.</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>Personel hesapları</translation>
        </message>
        <message>
            <source>Add staff member</source>
            <translation>Personel ekle</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Staff card</source>
            <translation>Personel kartı</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Last login</source>
            <translation>Son giriş</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Mağaza</translation>
        </message>
        <message>
            <source>STAFF-… (empty: no card)</source>
            <translation>STAFF-… (boş: kart yok)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Kaydet</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Yeni PIN</translation>
        </message>
        <message>
            <source>4 to 6 digits</source>
            <translation>4-6 rakam</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>PIN'i ayarla</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Kilitle</translation>
        </message>
        <message>
            <source>Why? (optional)</source>
            <translation>Neden? (isteğe bağlı)</translation>
        </message>
        <message>
            <source>Reason for locking or unlocking</source>
            <translation>Kilitleme ya da kilit açma nedeni</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Kilidi aç</translation>
        </message>
        <message>
            <source>Touch again to lock</source>
            <translation>Kilitlemek için tekrar dokunun</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Giriş yap</translation>
        </message>
        <message>
            <source>Switch on</source>
            <translation>Aç</translation>
        </message>
        <message>
            <source>Touch again to switch off</source>
            <translation>Kapatmak için tekrar dokunun</translation>
        </message>
        <message>
            <source>Switch off</source>
            <translation>Kapat</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN (tekrar)</translation>
        </message>
        <message>
            <source>STAFF-… (optional)</source>
            <translation>STAFF-… (isteğe bağlı)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ekle</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Vazgeç</translation>
        </message>
    </context>
    <context>
        <name>StaffArea</name>
        <message>
            <source>This page does not use scans.</source>
            <translation>Bu sayfada okutma kullanılmıyor.</translation>
        </message>
        <message numerus="yes">
            <source>Logging out in %n s. Touch the screen to stay.</source>
            <translation>
                <numerusform>%n sn içinde oturum kapanacak. Kalmak için ekrana dokunun.</numerusform>
            </translation>
        </message>
        <message>
            <source>Touch again to close</source>
            <translation>Kapatmak için tekrar dokunun</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>yönetici</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>kasiyer</translation>
        </message>
        <message>
            <source>Staff: %1 (%2)</source>
            <translation>Personel: %1 (%2)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Bitti</translation>
        </message>
        <message>
            <source>Close the kiosk program</source>
            <translation>Kiosk programını kapat</translation>
        </message>
    </context>
    <context>
        <name>StaffDesk</name>
        <message numerus="yes">
            <source>That PIN is not right. %n attempt(s) left before the account locks.</source>
            <translation>
                <numerusform>PIN yanlış. Hesap kilitlenmeden önce %n deneme hakkınız kaldı.</numerusform>
            </translation>
        </message>
        <message>
            <source>This account is locked. A manager can unlock it.</source>
            <translation>Bu hesap kilitli. Kilidi bir yönetici açabilir.</translation>
        </message>
        <message>
            <source>Too many wrong PINs. The account is locked until %1.</source>
            <translation>Çok fazla yanlış PIN girildi. Hesap şu zamana kadar kilitli: %1.</translation>
        </message>
        <message>
            <source>With a staff card, scan it to log in without waiting.</source>
            <translation>Personel kartınız varsa, beklemeden giriş yapmak için okutun.</translation>
        </message>
        <message>
            <source>This staff card is not registered.</source>
            <translation>Bu personel kartı kayıtlı değil.</translation>
        </message>
        <message>
            <source>That scan did not read right. Scan again.</source>
            <translation>Kod doğru okunamadı. Yeniden okutun.</translation>
        </message>
    </context>
    <context>
        <name>StaffLoginScreen</name>
        <message>
            <source>Type the manager's name first.</source>
            <translation>Önce yöneticinin adını yazın.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits.</source>
            <translation>PIN 4 ile 6 rakam arasındadır.</translation>
        </message>
        <message>
            <source>The two PINs differ. Type them again.</source>
            <translation>İki PIN birbirini tutmuyor. Yeniden yazın.</translation>
        </message>
        <message>
            <source>Hello %1, type your staff PIN</source>
            <translation>Merhaba %1, personel PIN kodunuzu girin</translation>
        </message>
        <message>
            <source>Create the first manager</source>
            <translation>İlk yöneticiyi oluşturun</translation>
        </message>
        <message>
            <source>No staff accounts yet. The first account is a manager who can add the others.</source>
            <translation>Henüz personel hesabı yok. İlk hesap, diğerlerini ekleyebilecek bir yönetici hesabıdır.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personel</translation>
        </message>
        <message>
            <source>Touch your name or scan your staff card</source>
            <translation>Adınıza dokunun veya personel kartınızı okutun</translation>
        </message>
        <message>
            <source>Scan your staff card</source>
            <translation>Personel kartınızı okutun</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Giriş yap</translation>
        </message>
        <message>
            <source>Create manager</source>
            <translation>Yönetici oluştur</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>İleri</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN (tekrar)</translation>
        </message>
        <message>
            <source>Back to the customer screen</source>
            <translation>Müşteri ekranına dön</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Geri</translation>
        </message>
    </context>
    <context>
        <name>StaffProblems</name>
        <message>
            <source>Nothing was entered: scan or type it first.</source>
            <translation>Hiçbir şey girilmedi: önce okutun ya da yazın.</translation>
        </message>
        <message>
            <source>The card number did not read right (check digit). Scan it again.</source>
            <translation>Kart numarası doğru okunmadı (kontrol hanesi). Yeniden okutun.</translation>
        </message>
        <message>
            <source>That is not a loyalty card number of this shop.</source>
            <translation>Bu, mağazamızın sadakat kartı numarası değil.</translation>
        </message>
        <message>
            <source>This card is not registered. Enrol the customer on the Members page.</source>
            <translation>Bu kart kayıtlı değil. Müşteriyi Üyeler sayfasında kaydedin.</translation>
        </message>
        <message>
            <source>This card is blocked (lost or replaced). Find the member on the Members page.</source>
            <translation>Bu kart engellenmiş (kayıp ya da değiştirilmiş). Üyeyi Üyeler sayfasında bulun.</translation>
        </message>
        <message>
            <source>This member's account is blocked. A manager can unblock it.</source>
            <translation>Bu üyenin hesabı engellenmiş. Engeli bir yönetici kaldırabilir.</translation>
        </message>
        <message>
            <source>This member's account was erased or does not exist.</source>
            <translation>Bu üyenin hesabı silinmiş ya da yok.</translation>
        </message>
        <message>
            <source>This account was merged into another member.</source>
            <translation>Bu hesap başka bir üyeyle birleştirildi.</translation>
        </message>
        <message>
            <source>That is not a phone number.</source>
            <translation>Bu bir telefon numarası değil.</translation>
        </message>
        <message>
            <source>No member has this phone number.</source>
            <translation>Bu telefon numarasıyla kayıtlı üye yok.</translation>
        </message>
        <message>
            <source>Another member already has this phone number.</source>
            <translation>Bu telefon numarası başka bir üyeye ait.</translation>
        </message>
        <message>
            <source>This card already belongs to a member.</source>
            <translation>Bu kart zaten bir üyeye ait.</translation>
        </message>
        <message>
            <source>Type a name first.</source>
            <translation>Önce bir ad yazın.</translation>
        </message>
        <message>
            <source>That name is too long.</source>
            <translation>Bu ad çok uzun.</translation>
        </message>
        <message>
            <source>The name has a hidden control or direction character (perhaps pasted). Type it again.</source>
            <translation>Adda gizli bir kontrol ya da yön karakteri var (belki yapıştırıldı). Yeniden yazın.</translation>
        </message>
        <message>
            <source>The text has a hidden control or direction character (perhaps pasted). Type it again.</source>
            <translation>Metinde gizli bir kontrol ya da yön karakteri var (belki yapıştırıldı). Yeniden yazın.</translation>
        </message>
        <message>
            <source>The birthday is not a possible date.</source>
            <translation>Doğum tarihi geçerli bir tarih değil.</translation>
        </message>
        <message>
            <source>The e-mail address does not look right.</source>
            <translation>E-posta adresi doğru görünmüyor.</translation>
        </message>
        <message>
            <source>The member does not have enough points for that.</source>
            <translation>Üyenin bunun için yeterli puanı yok.</translation>
        </message>
        <message>
            <source>Type the receipt number from the till (at most 80 characters).</source>
            <translation>Kasadaki fiş numarasını yazın (en fazla 80 karakter).</translation>
        </message>
        <message>
            <source>No purchase with this receipt number is recorded at this shop.</source>
            <translation>Bu mağazada bu fiş numarasıyla kayıtlı alışveriş yok.</translation>
        </message>
        <message>
            <source>This receipt has already been refunded in full.</source>
            <translation>Bu fişin tamamı zaten iade edildi.</translation>
        </message>
        <message>
            <source>Another till refunded this receipt at the same moment. Check it again.</source>
            <translation>Başka bir kasa bu fişi aynı anda iade etti. Yeniden kontrol edin.</translation>
        </message>
        <message>
            <source>This needs the chain's server, which cannot be reached right now. Try again when the kiosk is back online.</source>
            <translation>Bunun için zincirin sunucusu gerekiyor ve şu anda ulaşılamıyor. Kiosk yeniden çevrimiçi olduğunda tekrar deneyin.</translation>
        </message>
        <message>
            <source>Rewards cannot be redeemed while the kiosk is offline.</source>
            <translation>Kiosk çevrimdışıyken ödül kullanılamaz.</translation>
        </message>
        <message>
            <source>This member reached the chain's limit for rewards while the kiosk is offline.</source>
            <translation>Bu üye, kiosk çevrimdışıyken zincirin ödül sınırına ulaştı.</translation>
        </message>
        <message>
            <source>Only points confirmed before the kiosk went offline can be spent now.</source>
            <translation>Şu anda yalnızca kiosk çevrimdışı olmadan önce onaylanmış puanlar harcanabilir.</translation>
        </message>
        <message>
            <source>Could not be checked against other shops, and this chain accepts no vouchers while offline.</source>
            <translation>Diğer mağazaların kayıtlarıyla karşılaştırılamadı ve bu zincir çevrimdışıyken kupon kabul etmiyor.</translation>
        </message>
        <message>
            <source>The voucher printed offline was replaced by one saved just before the line dropped: reprint that one for the customer.</source>
            <translation>Çevrimdışıyken basılan kupon, bağlantı kopmadan hemen önce kaydedilen bir kuponla değiştirildi: müşteriye o kuponu yeniden basın.</translation>
        </message>
        <message>
            <source>This voucher was also redeemed at another shop while this kiosk was offline.</source>
            <translation>Bu kupon, bu kiosk çevrimdışıyken başka bir mağazada da kullanıldı.</translation>
        </message>
        <message>
            <source>The amount is not right: type it like 12.50, more than zero and not more than what is left.</source>
            <translation>Tutar doğru değil: 12.50 gibi, sıfırdan büyük ve kalan tutarı aşmayacak şekilde yazın.</translation>
        </message>
        <message>
            <source>Type a reason first.</source>
            <translation>Önce bir neden yazın.</translation>
        </message>
        <message>
            <source>Type how many points.</source>
            <translation>Kaç puan olduğunu yazın.</translation>
        </message>
        <message>
            <source>Choose two different members.</source>
            <translation>İki farklı üye seçin.</translation>
        </message>
        <message>
            <source>Points can only move to an active member.</source>
            <translation>Puanlar yalnızca etkin bir üyeye aktarılabilir.</translation>
        </message>
        <message>
            <source>The duplicate still has unused vouchers: redeem or void them first.</source>
            <translation>Yinelenen hesapta kullanılmamış kuponlar var: önce kullanın ya da iptal edin.</translation>
        </message>
        <message>
            <source>The member's account changed meanwhile. Open it again.</source>
            <translation>Üyenin hesabı bu arada değişti. Yeniden açın.</translation>
        </message>
        <message>
            <source>That is not a voucher of this shop.</source>
            <translation>Bu, mağazamızın kuponu değil.</translation>
        </message>
        <message>
            <source>This voucher is not known here.</source>
            <translation>Bu kupon burada bilinmiyor.</translation>
        </message>
        <message>
            <source>This voucher is used, void or expired: it cannot be printed again.</source>
            <translation>Bu kupon kullanılmış, iptal edilmiş ya da süresi dolmuş: yeniden yazdırılamaz.</translation>
        </message>
        <message>
            <source>There is already a staff account with this name.</source>
            <translation>Bu adla bir personel hesabı zaten var.</translation>
        </message>
        <message>
            <source>This staff card belongs to another account.</source>
            <translation>Bu personel kartı başka bir hesaba ait.</translation>
        </message>
        <message>
            <source>A staff card code starts with STAFF-.</source>
            <translation>Personel kartı kodu STAFF- ile başlar.</translation>
        </message>
        <message>
            <source>The shop needs at least one manager who can log in.</source>
            <translation>Mağazada giriş yapabilen en az bir yönetici olmalı.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits.</source>
            <translation>PIN 4-6 rakamdan oluşur.</translation>
        </message>
        <message>
            <source>Choose clerk or manager.</source>
            <translation>Kasiyer ya da yönetici seçin.</translation>
        </message>
        <message>
            <source>Rules apply from now on: choose today or a later date.</source>
            <translation>Kurallar bundan sonrası için geçerlidir: bugünü ya da daha sonraki bir tarihi seçin.</translation>
        </message>
        <message>
            <source>This reward is not available.</source>
            <translation>Bu ödül kullanılamıyor.</translation>
        </message>
        <message>
            <source>Printing is switched off on this kiosk.</source>
            <translation>Bu kioskta yazdırma kapalı.</translation>
        </message>
        <message>
            <source>This needs a manager.</source>
            <translation>Bunun için yönetici gerekir.</translation>
        </message>
        <message>
            <source>This account belongs to another shop: it logs in at that shop's kiosks only.</source>
            <translation>Bu hesap başka bir mağazaya ait: yalnızca o mağazanın kiosklarında giriş yapabilir.</translation>
        </message>
        <message>
            <source>A shop's manager manages that shop's own accounts only.</source>
            <translation>Bir mağaza yöneticisi yalnızca kendi mağazasının hesaplarını yönetir.</translation>
        </message>
        <message>
            <source>There is no shop with this code.</source>
            <translation>Bu kodla bir mağaza yok.</translation>
        </message>
        <message>
            <source>A shop code is 1 to 40 letters A-Z, digits, - or _.</source>
            <translation>Mağaza kodu 1 ile 40 arasında A-Z harfi, rakam, - veya _ içerir.</translation>
        </message>
        <message>
            <source>There is already a shop with this code.</source>
            <translation>Bu kodla bir mağaza zaten var.</translation>
        </message>
        <message>
            <source>This is offered at other shops, not at this one.</source>
            <translation>Bu, bu mağazada değil, başka mağazalarda sunuluyor.</translation>
        </message>
        <message>
            <source>The phone look-up is not locked.</source>
            <translation>Telefonla arama kilitli değil.</translation>
        </message>
        <message>
            <source>Too many PIN attempts at once for this account. Try again.</source>
            <translation>Bu hesap için aynı anda çok fazla PIN denemesi yapıldı. Tekrar deneyin.</translation>
        </message>
        <message>
            <source>The kiosk's disk is full; nothing was changed. Free some space (old backups and exports) or call for help.</source>
            <translation>Kioskun diski dolu; hiçbir şey değiştirilmedi. Yer açın (eski yedekler ve dışa aktarımlar) ya da yardım isteyin.</translation>
        </message>
        <message>
            <source>Another kiosk changed this at the same moment; nothing was changed. Try again.</source>
            <translation>Başka bir kiosk bunu aynı anda değiştirdi; hiçbir şey değiştirilmedi. Tekrar deneyin.</translation>
        </message>
        <message>
            <source>Check the form: %1</source>
            <translation>Formu kontrol edin: %1</translation>
        </message>
        <message>
            <source>Check the rules: %1</source>
            <translation>Kuralları kontrol edin: %1</translation>
        </message>
        <message>
            <source>Something went wrong; nothing was changed. Try again, or tell a manager.</source>
            <translation>Bir sorun oluştu; hiçbir şey değişmedi. Tekrar deneyin veya bir yöneticiye haber verin.</translation>
        </message>
        <message>
            <source>The database is not answering; nothing was changed. Try again soon.</source>
            <translation>Veritabanı yanıt vermiyor; hiçbir şey değişmedi. Birazdan tekrar deneyin.</translation>
        </message>
        <message>
            <source>Receipt %1 was already recorded on %2; no points were added.</source>
            <translation>%1 numaralı fiş %2 tarihinde zaten kaydedilmiş; puan eklenmedi.</translation>
        </message>
        <message>
            <source>This receipt was recorded before for another card or amount.</source>
            <translation>Bu fiş daha önce başka bir kart ya da tutarla kaydedilmiş.</translation>
        </message>
    </context>
    <context>
        <name>TerminalsPage</name>
        <message>
            <source>Terminals</source>
            <translation>Terminaller</translation>
        </message>
        <message>
            <source>All shops</source>
            <translation>Tüm mağazalar</translation>
        </message>
        <message>
            <source>No terminal has reported in yet.</source>
            <translation>Henüz hiçbir terminal bildirim göndermedi.</translation>
        </message>
        <message>
            <source>Updated at %1; again every 30 seconds.</source>
            <translation>%1 itibarıyla güncel; her 30 saniyede bir yenilenir.</translation>
        </message>
        <message>
            <source>back office</source>
            <translation>yönetim ofisi</translation>
        </message>
        <message>
            <source>kiosk</source>
            <translation>kiosk</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>sürüm %1</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Tamam</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Uyarı</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Kapalı</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Devre dışı</translation>
        </message>
        <message>
            <source>none</source>
            <translation>yok</translation>
        </message>
        <message>
            <source>Out of paper</source>
            <translation>Kâğıt bitti</translation>
        </message>
        <message>
            <source>Paper low</source>
            <translation>Kâğıt azaldı</translation>
        </message>
        <message>
            <source>Cover open</source>
            <translation>Kapak açık</translation>
        </message>
        <message>
            <source>Not reachable</source>
            <translation>Ulaşılamıyor</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Bağlanıyor</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>Bağlantı yok</translation>
        </message>
        <message>
            <source>Shop switched off</source>
            <translation>Mağaza kapatıldı</translation>
        </message>
        <message>
            <source>Retired: not seen since %1</source>
            <translation>Devre dışı: %1 tarihinden beri görülmedi</translation>
        </message>
        <message>
            <source>Not seen since %1</source>
            <translation>%1 saatinden beri görülmedi</translation>
        </message>
        <message>
            <source>Last report %1</source>
            <translation>Son bildirim %1</translation>
        </message>
        <message>
            <source>Offline since %1</source>
            <translation>%1 saatinden beri çevrim dışı</translation>
        </message>
        <message>
            <source>Printer: %1</source>
            <translation>Yazıcı: %1</translation>
        </message>
        <message>
            <source>Scanner: %1</source>
            <translation>Okuyucu: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n değişiklik bekliyor</numerusform>
            </translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Çalışıyor</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>az önce</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n dk önce</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n sa önce</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n gün önce</numerusform>
            </translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Mağaza</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Yenile</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Son görülme</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Yazıcı</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Tarayıcı</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Kuyruk</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Not</translation>
        </message>
    </context>
    <context>
        <name>Tiers</name>
        <message>
            <source>Member</source>
            <translation>Üye</translation>
        </message>
        <message>
            <source>Bronze</source>
            <translation>Bronz</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Gümüş</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Altın</translation>
        </message>
        <message>
            <source>Platinum</source>
            <translation>Platin</translation>
        </message>
    </context>
    <context>
        <name>VoucherPage</name>
        <message>
            <source>Scan the voucher or type its code.</source>
            <translation>Kuponu okutun veya kodunu yazın.</translation>
        </message>
        <message>
            <source>Redeemed. Hand over: %1.</source>
            <translation>Kupon kullanıldı. Verilecek ödül: %1.</translation>
        </message>
        <message>
            <source>Printing is switched off on this kiosk.</source>
            <translation>Bu kioskta yazdırma kapalı.</translation>
        </message>
        <message>
            <source>Printing a duplicate…</source>
            <translation>Kopya yazdırılıyor…</translation>
        </message>
        <message>
            <source>Duplicate printed. It is marked DUPLICATE.</source>
            <translation>Kopya yazdırıldı. Üzerinde KOPYA yazıyor.</translation>
        </message>
        <message>
            <source>The printer did not print: %1</source>
            <translation>Yazıcı yazdırmadı: %1</translation>
        </message>
        <message>
            <source>Type why the voucher is voided, then touch Void again.</source>
            <translation>Kuponun iptal nedenini yazın, sonra yeniden İptal et düğmesine dokunun.</translation>
        </message>
        <message numerus="yes">
            <source>Voided; %n point(s) went back to the member.</source>
            <translation>
                <numerusform>İptal edildi; %n puan üyeye geri yüklendi.</numerusform>
            </translation>
        </message>
        <message>
            <source>REDEEMED</source>
            <translation>KULLANILDI</translation>
        </message>
        <message>
            <source>Hand over the reward printed on the voucher.</source>
            <translation>Kuponda yazan ödülü verin.</translation>
        </message>
        <message>
            <source>NOT ACCEPTED</source>
            <translation>KABUL EDİLMEDİ</translation>
        </message>
        <message>
            <source>Issued while its shop was offline and not accepted by the chain afterwards. Do not accept it; ask a manager.</source>
            <translation>Mağazası çevrimdışıyken verildi ve zincir daha sonra kabul etmedi. Kabul etmeyin; bir yöneticiye sorun.</translation>
        </message>
        <message>
            <source>Hand over: %1 · for %2</source>
            <translation>Teslim edin: %1 · %2 için</translation>
        </message>
        <message>
            <source>VALID</source>
            <translation>GEÇERLİ</translation>
        </message>
        <message>
            <source>%1 for %2 · valid until %3</source>
            <translation>%1 · Sahibi: %2 · son geçerlilik: %3</translation>
        </message>
        <message>
            <source>ALREADY USED</source>
            <translation>KULLANILMIŞ</translation>
        </message>
        <message>
            <source>Used %1 at %2 by %3 · %4</source>
            <translation>%1 tarihinde %2 konumunda %3 tarafından kullanıldı · %4</translation>
        </message>
        <message>
            <source>the kiosk</source>
            <translation>kiosk</translation>
        </message>
        <message>
            <source>EXPIRED</source>
            <translation>SÜRESİ DOLMUŞ</translation>
        </message>
        <message>
            <source>%1 · expired %2</source>
            <translation>%1 · süresi doldu: %2</translation>
        </message>
        <message>
            <source>VOID</source>
            <translation>İPTAL</translation>
        </message>
        <message>
            <source>%1 · this voucher was cancelled</source>
            <translation>%1 · bu kupon iptal edildi</translation>
        </message>
        <message>
            <source>CHECK THE CODE</source>
            <translation>KODU KONTROL EDİN</translation>
        </message>
        <message>
            <source>Probably mistyped or misread: scan it again or retype the code.</source>
            <translation>Büyük olasılıkla yanlış yazıldı veya okundu: yeniden okutun ya da kodu yeniden yazın.</translation>
        </message>
        <message>
            <source>NOT KNOWN HERE</source>
            <translation>BURADA BİLİNMİYOR</translation>
        </message>
        <message>
            <source>This shop has no such voucher. Do not accept it; ask a manager.</source>
            <translation>Bu mağazada böyle bir kupon yok. Kabul etmeyin; bir yöneticiye sorun.</translation>
        </message>
        <message>
            <source>NOT GENUINE</source>
            <translation>SAHTE</translation>
        </message>
        <message>
            <source>Do not accept it: the code is forged.</source>
            <translation>Kabul etmeyin: kod sahte.</translation>
        </message>
        <message>
            <source>Vouchers</source>
            <translation>Kuponlar</translation>
        </message>
        <message>
            <source>Check and redeem a voucher</source>
            <translation>Kupon kontrolü ve kullanımı</translation>
        </message>
        <message>
            <source>Scan the voucher, or type its code</source>
            <translation>Kuponu okutun ya da kodunu yazın</translation>
        </message>
        <message>
            <source>Voucher code</source>
            <translation>Kupon kodu</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kontrol et</translation>
        </message>
        <message>
            <source>Could not be checked against other shops.</source>
            <translation>Diğer mağazaların kayıtlarıyla karşılaştırılamadı.</translation>
        </message>
        <message>
            <source>Redeem: hand over the reward</source>
            <translation>Kullan: ödülü teslim edin</translation>
        </message>
        <message>
            <source>Reprint (DUPLICATE)</source>
            <translation>Yeniden yazdır (KOPYA)</translation>
        </message>
        <message>
            <source>Why void it?</source>
            <translation>Neden iptal ediliyor?</translation>
        </message>
        <message>
            <source>Reason for voiding</source>
            <translation>İptal nedeni</translation>
        </message>
        <message>
            <source>Touch again to void</source>
            <translation>İptal için tekrar dokunun</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>İptal et</translation>
        </message>
    </context>
</TS>