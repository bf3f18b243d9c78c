<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
        <source>Hold your card&apos;s barcode under the scanner below the screen.</source>
        <translation>Kartınızın barkodunu ekranın altındaki okuyucuya tutun.</translation>
    </message>
    <message>
        <source>Hold your card&apos;s barcode in front of the scanner on the left.</source>
        <translation>Kartınızın barkodunu soldaki okuyucuya tutun.</translation>
    </message>
    <message>
        <source>Hold your card&apos;s barcode in front of the scanner on the right.</source>
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
        <source>Device status</source>
        <translation>Cihaz durumu</translation>
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
    <name>DonateScreen</name>
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
        <translation>Kart doğru okunamadı</translation>
    </message>
    <message>
        <source>Please scan your card again, holding it steady.</source>
        <translation>Lütfen kartınızı sabit tutarak yeniden okutun.</translation>
    </message>
    <message>
        <source>Welcome! This card is new</source>
        <translation>Hoş geldiniz! Bu kart yeni</translation>
    </message>
    <message>
        <source>Join our loyalty programme in a minute and start collecting points today.</source>
        <translation>Bir dakikada sadakat programımıza katılın ve bugünden puan toplamaya başlayın.</translation>
    </message>
    <message>
        <source>Looking you up…</source>
        <translation>Hesabınız aranıyor…</translation>
    </message>
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
</context>
<context>
    <name>MemberScreen</name>
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
        <source>Balance: %1</source>
        <translation>Bakiye: %1</translation>
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
        <source>No activity yet.</source>
        <translation>Henüz işlem yok.</translation>
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
        <source>The printer&apos;s cover is open.</source>
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
        <translation type="unfinished"></translation>
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
        <source>Type the number you gave us. Only the last digits are shown.</source>
        <translation>Bize verdiğiniz numarayı yazın. Yalnızca son rakamlar gösterilir.</translation>
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
        </translation>
    </message>
    <message>
        <source>New balance: %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished">Alışveriş</translation>
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
        </translation>
    </message>
    <message>
        <source>New balance: %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished">İade</translation>
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
    <name>StaffArea</name>
    <message>
        <source>This page does not use scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Logging out in %n s. Touch the screen to stay.</source>
        <translation type="unfinished">
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
        <translation type="unfinished">Bitti</translation>
    </message>
    <message>
        <source>Close the kiosk program</source>
        <translation type="unfinished">Kiosk programını kapat</translation>
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
        <translation type="unfinished">PIN 4 ile 6 rakam arasındadır.</translation>
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
        <translation type="unfinished">Personel</translation>
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
        <translation type="unfinished">PIN</translation>
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
        <translation type="unfinished">Müşteri ekranına dön</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Geri</translation>
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
