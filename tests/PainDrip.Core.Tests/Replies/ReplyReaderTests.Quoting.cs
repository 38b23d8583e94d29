using PainDrip.Core.Replies;
using static PainDrip.Core.Safety.RedFlag;

namespace PainDrip.Core.Tests.Replies;

public sealed partial class ReplyReaderTests
{
    private static IEnumerable<ReplyCase> QuotingCases =>
    [
        new("gmail-quote", """
            Pain is about 3 today, better than last week.

            On Mon, 2 Mar 2026 at 07:00, PainDrip <coach@paindrip.app> wrote:
            > How are you this week? Reply with a number 0-10.
            > If you notice numbness, tingling, chest pain or trouble breathing, reply right away.
            """) { Score = 3, Trend = Trend.Better, Flags = [], Question = false },
        new("gmail-wrapped-attribution", """
            4/10 and no change really

            On Mon, 9 Mar 2026 at 07:00, PainDrip Coach <
            coach@paindrip.app> wrote:

            > Any chest pain, fever or weakness? Stop the exercises and reply.
            """) { Score = 4, Trend = Trend.Same, Flags = [], Stop = false },
        new("apple-mail", """
            Did the squeezes every day. 2/10!

            Sent from my iPhone

            > On 3 Mar 2026, at 07:00, PainDrip <coach@paindrip.app> wrote:
            >
            > Numbness or pins and needles in your arm? Tell us straight away.
            """) { Score = 2, Flags = [], Adherence = Did.Yes },
        new("outlook-block", """
            Hi, pain 5/10, not much different.

            Thanks
            Priya

            From: PainDrip <coach@paindrip.app>
            Sent: Monday, March 2, 2026 7:00 AM
            To: Priya <priya@example.com>
            Subject: Week 2 check-in

            Any chest pain, shortness of breath, fever or numbness? Do you want to unsubscribe?
            """) { Score = 5, Trend = Trend.Same, Flags = [], Stop = false, Question = false },
        new("outlook-underline", """
            Still a 6. Busy week, can we pause?
            ________________________________
            From: PainDrip <coach@paindrip.app>
            Sent: 02 March 2026 07:00
            Red flags: chest pain, numbness, fever.
            """) { Score = 6, Flags = [], Pause = true, Question = true },
        new("original-message", """
            Better, 3/10
            -----Original Message-----
            From: coach@paindrip.app
            Check for numbness and chest pain.
            """) { Score = 3, Flags = [] },
        new("french-attribution", """
            Douleur 3/10, merci !

            Le lun. 2 mars 2026 à 07:00, PainDrip <coach@paindrip.app> a écrit :
            > Any numbness or chest pain?
            """) { Score = 3, Flags = [], Question = false },
        new("german-attribution", """
            Schmerz 2/10. Danke!

            Am 02.03.2026 um 07:00 schrieb PainDrip <coach@paindrip.app>:
            > Any fever or numbness? Reply if your heart is racing.
            """) { Score = 2, Flags = [] },
        new("signature-numb", "Pain 3/10, going well.\n\n-- \nSam Okafor\nNumb Skull Records Ltd\nChest Pain Fundraiser 2026") { Score = 3, Flags = [] },
        new("mobile-no-quote-marks", """
            All good, 1/10

            Sent from my Galaxy
            PainDrip wrote: if you have chest pain or numbness tell us
            """) { Score = 1, Flags = [] },
        new("inline-answer", """
            On Mon, 2 Mar 2026 at 07:00, PainDrip <coach@paindrip.app> wrote:
            > How is the pain today, 0-10?
            About a 4.
            > Any numbness or tingling?
            Yes, tingling in two fingers since Saturday.
            """) { Score = 4, Flags = [NumbnessTingling] },
        new("quoted-only-flag", """
            Thanks, all fine here.

            > My chest has been tight (you asked me to send this last week)
            """) { Flags = [] },
        new("get-outlook", "Worse this week, around 7.\n\nGet Outlook for Android\n\nFrom: PainDrip\nSent: Monday\nAny numbness?") { Score = 7, Trend = Trend.Worse, Flags = [] },
        new("sent-via-ambulance", "Sent via ambulance to A&E with chest pain last night") { Flags = [ChestPain] },
        new("sent-from-my-gp", "Sent from my GP to A&E because my arm went numb") { Flags = [NumbnessTingling] },
        new("diary-wrote", "On Tuesday I wrote in my diary:\nchest pain and numb arm") { Flags = [ChestPain, NumbnessTingling] },
        new("dashes-then-own-words", "Pain was 5\n--\nActually I now have chest pain") { Score = 5, Flags = [ChestPain] },
        new("underline-then-own-words", "My pain is a 6\n________\nChest tight today") { Score = 6, Flags = [ChestPain] },
        new("forwarded-gp-letter", "Pain 5\n\nFrom: my GP: referral letter\nTo: cardiology: chest pain and numb left arm") { Flags = [ChestPain, NumbnessTingling] },
        new("reply-address-attribution", """
            Pain 2, fine.

            On Mon, 2 Mar 2026 at 07:00, PainDrip <reply+abc123@in.paindrip.app> wrote:
            Any chest pain or numbness? Reply now.
            """) { Score = 2, Flags = [] },
    ];
}
