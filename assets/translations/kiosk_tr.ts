<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AttractScreen</name>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold your card&apos;s barcode under the scanner below the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold your card&apos;s barcode in front of the scanner on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold your card&apos;s barcode in front of the scanner on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation: a card moving to the scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card? Use your phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: tap a card to scan it with the simulated scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A misread scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <source>Get this reward?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, print my voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give these points?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, give my points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1
Your balance afterwards: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonateScreen</name>
    <message>
        <source>Give points to a good cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolScreen</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PIN digit(s) entered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Join our loyalty programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is your name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mobile number (optional): to find your account without the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your birthday (optional): day, month, year. We have a treat for you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 6 digits for looking up your account by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep your name, card and the details you gave us to run the programme. You can ask staff to see or erase them at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree to the programme terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send me offers by text message (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join and see my card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Shop logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberScreen</name>
    <message>
        <source>For %1 members and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more point(s) needed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give points to a good cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress to the next tier: %1 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy birthday! We added %1 to your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expire on %2. Use them before then!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>That scan did not read right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not one of our cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not find that number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone look-up is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot reach our records right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, that did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was entered. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please scan your card again, holding it steady.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please scan your loyalty card, or use your phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please ask a member of staff at the till. They can help straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please ask a member of staff at the till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account no longer exists. Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not look like a phone number. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the number, or scan your card instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number already belongs to a member. Scan that card or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card already belongs to a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That birthday does not look right. Please check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have enough points for this reward yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, this reward has just run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reward is for a higher tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reward is not available any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cause is not taking donations right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how many points to give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN is set for this account. Scan your card, or ask staff to set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please scan your card or ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n attempt(s) left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been lost. Please try again in a moment, or ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please try again, or ask a member of staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer has run out of paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n tier credit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend %1 more by %2 to reach %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend %1 more within a year to reach %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend %1 more by %2 to keep %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are at our top tier. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n point(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Digit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Letter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch keyboard to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PIN digit(s) entered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number you gave us. Only the last digits are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your 4 to 6 digit PIN. Cover the keypad with your hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintingScreen</name>
    <message>
        <source>Printing your voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing your thank-you slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Sending it to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Take your voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voucher for %1 is printed below the screen. Show it at the till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave %1 to %2. Please take your slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voucher is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Your donation is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: please go to the till and show this code. Staff will print your voucher for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your points have been given; no slip is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of your voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of your slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, back to the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the kiosk program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the customer screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tiers</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
