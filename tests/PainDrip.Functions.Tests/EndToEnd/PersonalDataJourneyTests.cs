using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>Export and erase through the operator API of the real service, with the rows in Azurite.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PersonalDataJourneyTests(ServiceFixture world) : IAsyncLifetime
{
    private ServiceApp _app = null!;
    private Drive _drive = null!;

    public async Task InitializeAsync()
    {
        _app = await world.StartAppAsync();
        _drive = new Drive(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ExportThenErase_RemovesEveryRowAndRefusesTheAddressSilently()
    {
        var id = await _drive.EnrollAsync();
        await _drive.ReplyAsync((await _drive.EmailsAsync())[^1].ReplyTo!, "4/10, a bit better");

        using var export = await _app.Http.GetAsync($"/api/export?id={id}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var data = (await export.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        Assert.True(data.EnumerateObject().Count(group => group.Value.GetArrayLength() > 0) >= 4, data.ToString());

        using var erase = await _app.Http.PostAsJsonAsync("/api/erase", new { id });

        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        Assert.Null(await _app.Enrollments.FindAsync(id, CancellationToken.None));
        Assert.Null(await _app.Enrollments.FindByEmailAsync(Drive.Person, CancellationToken.None));
        Assert.Empty(await _app.Progress.ListAsync(id, CancellationToken.None));
        Assert.Empty(await _app.Deliveries.ListAsync(id, CancellationToken.None));
        using var again = await _app.Http.GetAsync($"/api/export?id={id}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, await _drive.SignUpAsync());
        Assert.Equal(2, (await _app.Maildev.WaitForEmailsAsync(3, TimeSpan.FromSeconds(1))).Count);
        Assert.Null(await _app.Enrollments.FindByEmailAsync(Drive.Person, CancellationToken.None));
    }
}
