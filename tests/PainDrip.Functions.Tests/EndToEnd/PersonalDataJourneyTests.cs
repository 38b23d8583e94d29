using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PainDrip.Core.Email;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>Export and erase through the operator API of the real service, with the rows in Azurite.</summary>
public sealed class PersonalDataJourneyTests(ServiceFixture world) : Journey(world)
{
    [Fact]
    public async Task ExportThenErase_RemovesEveryRowAndRefusesTheAddressSilently()
    {
        var id = await Drive.EnrollAsync();
        await Drive.ReplyAsync((await Drive.EmailsAsync())[^1].ReplyTo!, "4/10, a bit better");

        using var export = await App.Http.GetAsync($"/api/export?id={id}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var data = (await export.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        Assert.True(data.EnumerateObject().Count(group => group.Value.GetArrayLength() > 0) >= 4, data.ToString());

        using var erase = await App.Http.PostAsJsonAsync("/api/erase", new { id });

        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        Assert.Null(await App.Enrollments.FindAsync(id, CancellationToken.None));
        Assert.Null(await App.Enrollments.FindByEmailAsync(Drive.Person, CancellationToken.None));
        Assert.Empty(await App.Progress.ListAsync(id, CancellationToken.None));
        Assert.Empty(await App.Deliveries.ListAsync(id, CancellationToken.None));
        using var again = await App.Http.GetAsync($"/api/export?id={id}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, await Drive.SignUpAsync());
        await Drive.BarrierAsync();
        Assert.Equal(2, (await Drive.EmailsAsync()).Count);
        Assert.Null(await App.Enrollments.FindByEmailAsync(Drive.Person, CancellationToken.None));
    }

    [Fact]
    public async Task ExportByEmail_UnroutedMail_OnlyThisSendersRows()
    {
        var id = await Drive.EnrollAsync();
        var at = NodaTime.Instant.FromDateTimeOffset(App.Clock.GetUtcNow());
        await App.Inbox.StoreAsync(null, Unrouted(" SAM@Example.com", "forwarded from my phone", "m-1@example.com"), at, CancellationToken.None);
        await App.Inbox.StoreAsync(null, Unrouted("kim@example.org", "someone else's note", "m-2@example.org"), at, CancellationToken.None);
        await App.Inbox.StoreAsync(null, Unrouted("sam@example.com.evil.test", "look-alike sender", "m-3@example.org"), at, CancellationToken.None);

        using var export = await App.Http.PostAsJsonAsync("/api/export", new { email = Drive.Person });

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var data = (await export.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        var unrouted = data.GetProperty("InboxUnrouted").EnumerateArray().ToList();
        Assert.Equal(["forwarded from my phone"], unrouted.Select(row => row.GetProperty("Subject").GetString()));
        Assert.DoesNotContain("kim@example.org", data.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil", data.ToString(), StringComparison.OrdinalIgnoreCase);
        using var byId = await App.Http.GetAsync($"/api/export?id={id}");
        var byIdData = (await byId.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        Assert.Equal(1, byIdData.GetProperty("InboxUnrouted").GetArrayLength());
    }

    private static InboundMessage Unrouted(string sender, string subject, string messageId) =>
        new(null, sender, subject, "some text", messageId, null, false, null);
}
