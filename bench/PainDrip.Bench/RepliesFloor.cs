using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PainDrip.Infrastructure.Storage;

namespace PainDrip.Bench;

/// <summary>
/// The storage floor of a reply: a bare minimal API that reads the same Inbound Parse form and makes the table requests
/// the app makes per check-in reply, and no more: the conditional insert of the inbox row keyed by the Message-ID, the
/// read of the person's row, one transaction writing the person's row (ETag-checked) with a timeline line, and the
/// inbox row finished. No token check, no MIME decoding, no reader, no planner.
/// </summary>
internal static class RepliesFloor
{
    /// <summary>Starts the floor app on a free loopback port; <paramref name="people"/> maps a reply address to a person's id.</summary>
    public static async Task<WebApplication> StartAsync(
        string connectionString, string prefix, TableRequestCounter counter, IReadOnlyDictionary<string, string> people)
    {
        var service = new TableServiceClient(connectionString, TableStorageServiceCollectionExtensions.ClientOptions(new TableStoragePolicies(counter)));
        var inbox = service.GetTableClient(prefix + "Inbox");
        var enrollments = service.GetTableClient(prefix + "Enrollments");
        await inbox.CreateIfNotExistsAsync();
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var floor = builder.Build();
        floor.MapPost("/api/inbound", async (HttpRequest request, CancellationToken token) =>
        {
            var form = await request.ReadFormAsync(token);
            var id = people[form["to"].ToString()];
            var row = Inbox(id, form);
            await inbox.AddEntityAsync(row, token);
            var person = (await enrollments.GetEntityAsync<TableEntity>(id, "enrollment", cancellationToken: token)).Value;
            person["Floor"] = DateTimeOffset.UtcNow;
            var line = new TableEntity(id, $"p-floor-{row.RowKey}") { ["At"] = DateTimeOffset.UtcNow, ["Kind"] = "ReplyRead", ["PainScore"] = 4 };
            await enrollments.SubmitTransactionAsync(
                [new(TableTransactionActionType.UpdateReplace, person, person.ETag), new(TableTransactionActionType.Add, line)], token);
            row["State"] = "Processed";
            row["Attempts"] = 1;
            await inbox.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, token);
            return Results.Ok();
        });
        await floor.StartAsync();
        return floor;
    }

    // The row the app stores: the message's fields, keyed by a hash of its Message-ID.
    private static TableEntity Inbox(string id, IFormCollection form)
    {
        var headers = form["headers"].ToString();
        var start = headers.IndexOf("Message-ID:", StringComparison.OrdinalIgnoreCase);
        var messageId = headers[(start + "Message-ID:".Length)..headers.IndexOf('\r', start)].Trim();
        var key = "m" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)))[..32];
        return new TableEntity(id, key)
        {
            ["EnrollmentId"] = id, ["ReceivedAt"] = DateTimeOffset.UtcNow, ["SenderAddress"] = form["from"].ToString(),
            ["Subject"] = form["subject"].ToString(), ["MessageId"] = messageId, ["Text"] = form["text"].ToString(),
            ["State"] = "Pending", ["Attempts"] = 0,
        };
    }
}
