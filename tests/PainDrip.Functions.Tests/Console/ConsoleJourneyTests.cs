using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Functions.Tests.EndToEnd;
using PainDrip.TestSupport;
using static PainDrip.Functions.Tests.Console.ConsoleBrowser;

namespace PainDrip.Functions.Tests.Console;

/// <summary>
/// The coach console in headless Chromium against the real service (Azurite, maildev): a red flag tops the queue
/// and alerts the coach, the coach reads the person, answers in their thread, their reply comes back to the same
/// item, and lifting the hold brings lessons back at the next timer run. Screenshots go to /tmp/console-shots.
/// </summary>
public sealed partial class ConsoleJourneyTests(ServiceFixture world) : Journey(world)
{
    private const string CoachInbox = "coach-alerts@paindrip.test";
    private const string Kim = "kim@example.com";
    private const string AlertSetting = "ConsoleOptions__AlertAddresses";

    private HeadlessChromium _chromium = null!;

    public override async Task InitializeAsync()
    {
        // Only this class's apps alert a coach: the journeys of the collection run one after another.
        Environment.SetEnvironmentVariable(AlertSetting, CoachInbox);
        await base.InitializeAsync();
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    public override async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(AlertSetting, null);
        await _chromium.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Console_RedFlagReply_TopsTheQueueAlertsTheCoachAndIsAnsweredInTheThread()
    {
        var sam = await Drive.EnrollAsync();
        await KimAsksAQuestionAsync();
        var welcome = (await Drive.EmailsAsync())[^1];
        var flagged = await Drive.ReplyAsync(welcome.ReplyTo!, "my chest feels tight and my left arm tingles");

        var alert = await WaitForEmailAsync(App, CoachInbox, _ => true);
        var alertText = alert.GetProperty("text").GetString()!;
        Assert.Contains("needs you urgently", alert.GetProperty("subject").GetString());
        Assert.Contains($"{App.BaseUrl}/api/console/person?id={sam}", alertText);
        Assert.DoesNotContain("chest", alertText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("arm", alertText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Sam", alertText, StringComparison.Ordinal);

        var queue = await OpenAsync(_chromium.Browser, $"{App.BaseUrl}/api/console", 1280);
        Assert.StartsWith("Queue (2 open)", await queue.TitleAsync());
        var items = queue.Locator("ol.queue > li");
        Assert.Equal(2, await items.CountAsync());
        Assert.Contains("Sam: Emergency red flag", await items.Nth(0).InnerTextAsync());
        Assert.Contains("Question", await items.Nth(1).InnerTextAsync());
        await ShotAsync(queue, "queue-1280.png");
        await ShotAsync(await OpenAsync(_chromium.Browser, $"{App.BaseUrl}/api/console", 375), "queue-375.png");

        await items.Nth(0).GetByRole(AriaRole.Link).ClickAsync();
        await queue.GetByRole(AriaRole.Heading, new() { Name = "Sam", Exact = true }).WaitForAsync();
        Assert.Equal(1, await queue.Locator("svg.chart[role=img]").CountAsync());
        var timeline = await queue.Locator("ol.timeline").InnerTextAsync();
        Assert.Contains("Red flag: safety hold", timeline);
        Assert.Contains("Email sent:", timeline);
        Assert.Contains("my chest feels tight", await queue.Locator("section.item").InnerTextAsync());
        await ShotAsync(queue, "person-1280.png");
        await ShotAsync(await OpenAsync(_chromium.Browser, queue.Url, 375), "person-375.png");

        await queue.GetByLabel("Your answer").FillAsync("Thank you for telling us. Please call 999 now if the tightness is there; I will check in tomorrow.");
        await queue.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();
        await queue.GetByRole(AriaRole.Status).GetByText("Your answer is on its way to Sam").WaitForAsync();

        var answer = await WaitForEmailAsync(App, Drive.Person, mail => ReceivedEmail.From(mail).Subject.StartsWith("Re: ", StringComparison.Ordinal));
        Assert.Equal("Re: your PainDrip lesson", answer.GetProperty("subject").GetString());
        Assert.Equal(flagged, Header(answer, "in-reply-to"));
        Assert.Equal(flagged, Header(answer, "references"));
        Assert.Contains("Coach", answer.GetProperty("from")[0].GetProperty("name").GetString());
        Assert.Contains("call 999 now", answer.GetProperty("text").GetString());
        var answerReplyTo = ReceivedEmail.From(answer).ReplyTo!;
        Assert.Equal(Address(welcome.ReplyTo!), Address(answerReplyTo));

        await Drive.ReplyAsync(answerReplyTo, "Thanks. The GP checked my heart today and said it was all fine.");
        var desk = App.Services.GetRequiredService<ICoachDesk>();
        var samItems = await WaitForRepliesAsync(desk, sam, 2);
        var item = Assert.Single(samItems);
        Assert.True(item.IsOpen);
        await queue.ReloadAsync();
        Assert.Contains("The GP checked my heart", await queue.Locator("section.item").InnerTextAsync());
        Assert.Contains("coach:Coach", (await App.Progress.ListAsync(sam, CancellationToken.None)).Last(p => p.Kind == ProgressKind.CoachAction).Detail);

        await LiftHoldAndSeeLessonsAsync(queue, sam);
        await ResolveTwiceAsync(queue, sam, item.Id);
        await OutcomesAsync(sam);
    }

    private async Task KimAsksAQuestionAsync()
    {
        Assert.Equal(HttpStatusCode.Accepted, await Drive.SignUpAsync(Kim));
        await WaitForEmailAsync(App, Kim, _ => true);
        await Drive.ConfirmAsync(Kim);
        var welcome = ReceivedEmail.From(await WaitForEmailAsync(App, Kim, mail => ReceivedEmail.From(mail).KindIn(App.Library) == EmailKind.Welcome));
        await Drive.ReplyAsync(welcome.ReplyTo!, "My back is about a 4 today. Is it fine to go swimming this week, or should I wait?", from: Kim);
        var desk = App.Services.GetRequiredService<ICoachDesk>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while ((await desk.ListOpenAsync(10, CancellationToken.None)).Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "Kim's question never reached the queue.");
            await Task.Delay(100);
        }
    }

    private static string Address(string mailbox) => mailbox[(mailbox.LastIndexOf('<') + 1)..].TrimEnd('>');

    private static async Task<IReadOnlyList<CoachDeskItem>> WaitForRepliesAsync(ICoachDesk desk, string enrollmentId, int replies)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var items = await desk.ListForAsync(enrollmentId, CancellationToken.None);
            if (items.Sum(i => i.ReplyIds.Count) >= replies || DateTime.UtcNow > deadline)
            {
                return items;
            }
            await Task.Delay(100);
        }
    }
}
