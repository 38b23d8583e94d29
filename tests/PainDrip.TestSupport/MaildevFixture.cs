using Xunit;
using System.Net.Http.Json;
using System.Text.Json;

namespace PainDrip.TestSupport;

/// <summary>
/// A real maildev 2 (SMTP server with a REST API) on free loopback ports, stopped on dispose.
/// Read mail back through the v2 routes: <c>GET /email</c>, <c>GET /email/:id</c>, <c>DELETE /email/all</c>.
/// </summary>
public sealed class MaildevFixture : IAsyncLifetime
{
    private ChildProcess? _process;

    public int SmtpPort { get; } = FreePort.Next();

    public int WebPort { get; } = FreePort.Next();

    public HttpClient Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _process = ChildProcess.Start(RepoPaths.NodeBin("maildev"),
        [
            "--smtp", SmtpPort.ToString(), "--web", WebPort.ToString(),
            "--ip", "127.0.0.1", "--web-ip", "127.0.0.1",
        ]);
        await _process.WaitForPortAsync(SmtpPort, TimeSpan.FromSeconds(120));
        await _process.WaitForPortAsync(WebPort, TimeSpan.FromSeconds(120));
        Api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{WebPort}/") };
    }

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }

    /// <summary>Every stored email, oldest first.</summary>
    public async Task<IReadOnlyList<JsonElement>> EmailsAsync() =>
        [.. (await Api.GetFromJsonAsync<JsonElement>("email")).EnumerateArray()];

    /// <summary>One stored email by its maildev id.</summary>
    public async Task<JsonElement> EmailAsync(string id) => await Api.GetFromJsonAsync<JsonElement>($"email/{id}");

    /// <summary>Waits until maildev has stored <paramref name="count"/> emails (it stores them just after SMTP says OK).</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForEmailsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var emails = await EmailsAsync();
            if (emails.Count >= count || DateTime.UtcNow > deadline)
            {
                return emails;
            }
            await Task.Delay(50);
        }
    }

    public async Task ClearAsync() => (await Api.DeleteAsync("email/all")).EnsureSuccessStatusCode();
}
