using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NSubstitute;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Apis;

public sealed partial class EnrollmentApiTests
{
    /// <summary>Posts a body and checks it was refused with <paramref name="status"/>, storing and sending nothing.</summary>
    private static async Task<JsonNode> RefusedAsync(HttpContent content, HttpStatusCode status)
    {
        await using var app = new EnrollmentApp();
        var response = await app.CreateClient().PostAsync("/api/enroll", content);
        Assert.Equal(status, response.StatusCode);
        AssertNothingStoredOrSent(app);
        await app.Ports.Enrollments.DidNotReceiveWithAnyArgs().FindByEmailAsync(default!, default);
        return await ReadJsonAsync(response);
    }

    private static string[] ErrorsFor(JsonNode answer, string field) =>
        answer["errors"]?[field]?.AsArray().Select(m => m!.GetValue<string>()).ToArray() ?? [];

    [Theory]
    [InlineData("{\"email\": \"sam@example.com\", ")]
    [InlineData("not json at all")]
    [InlineData("")]
    public async Task Enroll_MalformedJson_Answers400WithAClearMessage(string body)
    {
        var answer = await RefusedAsync(Json(body), HttpStatusCode.BadRequest);

        Assert.Contains(ErrorsFor(answer, ""), m => m.Contains("not valid JSON"));
    }

    [Fact]
    public async Task Enroll_JsonArrayInsteadOfObject_Answers400()
    {
        var answer = await RefusedAsync(Json("[1,2]"), HttpStatusCode.BadRequest);

        Assert.Contains(ErrorsFor(answer, ""), m => m.Contains("JSON object"));
    }

    [Fact]
    public async Task Enroll_InvalidUtf8_Answers400()
    {
        var bytes = new ByteArrayContent([(byte)'{', 0xC3, 0x28, (byte)'}']);
        bytes.Headers.ContentType = new("application/json");

        var answer = await RefusedAsync(bytes, HttpStatusCode.BadRequest);

        Assert.Contains("UTF-8", answer["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task Enroll_WrongContentType_Answers415(string contentType)
    {
        var answer = await RefusedAsync(new StringContent(EnrollmentApp.SignupJson(), Encoding.UTF8, contentType),
            HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("application/json", answer["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Enroll_BodyOver64KiB_Answers413()
    {
        var huge = EnrollmentApp.SignupJson(firstName: new string('a', 70 * 1024));

        var answer = await RefusedAsync(Json(huge), HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("64 KiB", answer["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Enroll_UnknownTimeZone_Answers400OnTheTimeZoneField()
    {
        var answer = await RefusedAsync(Json(EnrollmentApp.SignupJson(timeZone: "Mars/Olympus_Mons")), HttpStatusCode.BadRequest);

        Assert.Contains(ErrorsFor(answer, "timeZone"), m => m.Contains("Mars/Olympus_Mons"));
    }

    [Fact]
    public async Task Enroll_PainEleven_Answers400OnProfilePainNow()
    {
        var answer = await RefusedAsync(Json(EnrollmentApp.SignupJson(painNow: 11)), HttpStatusCode.BadRequest);

        Assert.Contains(ErrorsFor(answer, "profile.painNow"), m => m.Contains("0 (no pain) to 10"));
        Assert.Single(answer["errors"]!.AsObject());
    }

    [Fact]
    public async Task Enroll_NoConsent_Answers400OnConsent()
    {
        var answer = await RefusedAsync(Json(EnrollmentApp.SignupJson(consent: false)), HttpStatusCode.BadRequest);

        Assert.NotEmpty(ErrorsFor(answer, "consent"));
    }

    [Fact]
    public async Task Enroll_SeveralProblems_ListsEachUnderItsField()
    {
        var answer = await RefusedAsync(Json(EnrollmentApp.SignupJson(email: "not-an-address", painNow: -1, consent: false)),
            HttpStatusCode.BadRequest);

        Assert.NotEmpty(ErrorsFor(answer, "email"));
        Assert.NotEmpty(ErrorsFor(answer, "profile.painNow"));
        Assert.NotEmpty(ErrorsFor(answer, "consent"));
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(11, false)]
    public async Task Enroll_RedFlags_Answers422SeekCareEvenWithOtherErrors(int painNow, bool consent)
    {
        var json = EnrollmentApp.SignupJson(painNow: painNow, consent: consent, redFlags: ["chest_pain", "numbness_tingling"]);

        var answer = await RefusedAsync(Json(json), (HttpStatusCode)422);

        Assert.True(answer["seekCare"]!.GetValue<bool>());
        Assert.Equal(2, answer["messages"]!.AsArray().Count);
    }
}
