using Microsoft.Extensions.Options;
using PainDrip.Core.Coaching;
using PainDrip.Core.Lessons;
using PainDrip.Infrastructure.Email.Composition;
using PainDrip.Infrastructure.Security;
using PainDrip.Infrastructure.Tests.Support;

namespace PainDrip.Infrastructure.Tests.Email;

/// <summary>Builders for composer inputs: lessons in code, a fixed configuration, a fixed enrollment.</summary>
public static class EmailTestData
{
    public const string EnrollmentId = "0f8fad5b-d9cb-469f-a165-70867728950e";
    public const string Secret = "test-secret-that-is-long-enough-for-hmac-0123456789";

    public const string LessonBody = """
        ## Why the knot forms

        Long hours at a desk keep the muscles **between your shoulder blades** stretched and tired.
        A short, gentle move helps them relax. See [the desk set-up guide](https://paindrip.example/guides/desk).

        ### Try it now

        1. Sit tall with your feet flat.
        2. Squeeze your shoulder blades together for 5 seconds.
        3. Let go slowly.

        Do it:

        - every hour at your desk,
        - after long phone calls,
        - whenever you notice the knot.

        > Stop if the pain gets sharper.

        <script>alert('raw html')</script>
        """;

    public static EmailOptions Options() => new()
    {
        FromAddress = "coach@paindrip.example",
        FromName = "PainDrip",
        InboundDomain = "reply.paindrip.example",
        PostalAddress = "PainDrip Coaching, 12 Harbour Street, Bristol BS1 4QA, United Kingdom",
        PublicBaseUrl = "https://paindrip.example/",
    };

    public static LinkTokens Tokens(TimeProvider? time = null) =>
        new(Microsoft.Extensions.Options.Options.Create(new LinkSigningOptions { Secret = Secret }), time ?? new TestClock());

    public static EmailComposer Composer(TimeProvider? time = null) =>
        new(Microsoft.Extensions.Options.Options.Create(Options()), Tokens(time));

    public static Lesson Lesson(EmailKind kind = EmailKind.Lesson, string id = "mobility-shoulder-blade-squeeze", string body = LessonBody) =>
        new(id, Phase.Mobility, kind, [LessonTags.General],
            kind == EmailKind.Checkin ? "Week 1 check-in: how is your back?" : "Squeeze the knot away",
            "A two-minute move for the knot between your shoulder blades.", 1, body);

    public static Lesson Checkin() => Lesson(EmailKind.Checkin, "checkin-week-1", """
        You have finished your first week. Well done for sticking with it!

        Think back over the last few days:

        - Did the pain change when you sat at your desk?
        - Could you take a deep breath without it hurting?
        """);

    public static Recipient Sam(string firstName = "Sam") => new(EnrollmentId, "sam@example.com", firstName);
}
