using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Functions.Tests.EndToEnd;
using static PainDrip.Functions.Tests.Console.ConsoleBrowser;

namespace PainDrip.Functions.Tests.Console;

public sealed partial class ConsoleJourneyTests
{
    private async Task LiftHoldAndSeeLessonsAsync(IPage page, string sam)
    {
        var lift = page.Locator("form", new() { Has = page.Locator("input[name=action][value=lift-hold]") });
        await lift.GetByLabel("Note").FillAsync("GP saw them today: no heart problem, cleared to go on.");
        await lift.GetByRole(AriaRole.Button, new() { Name = "Lift hold and resume gently" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).GetByText("The hold is lifted").WaitForAsync();
        await ShotAsync(page, "person-after-actions-1280.png");
        var record = (await App.Enrollments.FindAsync(sam, CancellationToken.None))!;
        Assert.Equal(EnrollmentStatus.Active, record.Enrollment.Status);
        var lessonsBefore = (await Drive.EmailsAsync()).Count(mail => mail.KindIn(App.Library) == EmailKind.Lesson);

        await Drive.AdvanceDaysAsync(2);

        var lessonsAfter = (await Drive.EmailsAsync()).Count(mail => mail.KindIn(App.Library) == EmailKind.Lesson);
        Assert.True(lessonsAfter > lessonsBefore, $"No lesson came after the hold was lifted ({lessonsBefore} before, {lessonsAfter} after).");
    }

    private async Task ResolveTwiceAsync(IPage page, string sam, string itemId)
    {
        await page.ReloadAsync();
        var resolve = page.Locator("form", new() { Has = page.Locator("input[name=action][value=resolve]") });
        var form = page.Context.APIRequest.CreateFormData();
        foreach (var name in new[] { "csrf", "id", "item", "op", "action" })
        {
            form.Set(name, await resolve.Locator($"input[name={name}]").InputValueAsync());
        }
        form.Set("note", "Answered; GP cleared them; hold lifted.");
        var url = $"{App.BaseUrl}/api/console/action";

        var first = await page.Context.APIRequest.PostAsync(url, new() { Form = form });
        var again = await page.Context.APIRequest.PostAsync(url, new() { Form = form });

        Assert.Equal(200, first.Status);
        Assert.Contains("Resolved. It has left the queue.", await first.TextAsync());
        Assert.Equal(200, again.Status);
        Assert.Contains("This item was resolved already.", await again.TextAsync());
        var resolved = (await App.Progress.ListAsync(sam, CancellationToken.None))
            .Where(p => p.Kind == ProgressKind.CoachAction && p.Detail!.StartsWith($"resolved item {itemId}", StringComparison.Ordinal)).ToList();
        Assert.Single(resolved);
        Assert.Equal([Kim], await OpenItemOwnersAsync());

        form.Set("csrf", "not-the-token");
        var forged = await page.Context.APIRequest.PostAsync(url, new() { Form = form });
        Assert.Equal(400, forged.Status);
    }

    private async Task<IReadOnlyList<string>> OpenItemOwnersAsync()
    {
        var open = await App.Services.GetRequiredService<ICoachDesk>().ListOpenAsync(10, CancellationToken.None);
        var owners = new List<string>();
        foreach (var item in open)
        {
            owners.Add((await App.Enrollments.FindAsync(item.Entry.Item.EnrollmentId, CancellationToken.None))!.Contact.Email);
        }
        return owners;
    }

    private async Task OutcomesAsync(string sam)
    {
        var page = await OpenAsync(_chromium.Browser, $"{App.BaseUrl}/api/console/outcomes", 1280);
        Assert.Equal(2, await page.Locator("svg.chart[role=img]").CountAsync());
        Assert.Contains("2 people started the program", await page.Locator("p.lead").InnerTextAsync());
        await ShotAsync(page, "outcomes-1280.png");
        await ShotAsync(await OpenAsync(_chromium.Browser, page.Url, 375), "outcomes-375.png");

        var csv = await page.Context.APIRequest.GetAsync($"{App.BaseUrl}/api/console/outcomes.csv");
        var lines = (await csv.TextAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("enrollment_id,status,phase,week,pain_at_signup,pain_latest_checkin,red_flags,open_items", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{sam},Active,", lines.Single(line => line.StartsWith(sam, StringComparison.Ordinal)));
        Assert.DoesNotContain("@", string.Join('\n', lines));
    }
}
