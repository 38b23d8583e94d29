using System.Text.Json;
using Azure.Data.Tables;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>The row shapes of the <c>Enrollments</c> and <c>EmailIndex</c> tables.</summary>
internal static class EnrollmentRows
{
    public const string RowKey = "enrollment";
    public const string IndexRowKey = "email";
    public const string EnrollmentId = nameof(EnrollmentId);
    public const string Unconfirmed = nameof(Unconfirmed);
    public const string Suppressed = nameof(Suppressed);
    public const string AppliedReplies = nameof(AppliedReplies);

    // Enough to recognise a retried reply: a retry comes within hours, after a handful of newer replies at most.
    private const int MaxAppliedReplies = 20;

    // The coaching state grows with every email sent; four parts give it 120,000 characters.
    private const int StateParts = 4;
    private const string State = nameof(State);

    public static TableEntity ToRow(Enrollment enrollment, Contact contact, Instant consentedAt, string addressKey)
    {
        var row = new TableEntity(enrollment.Id, RowKey)
        {
            ["Email"] = contact.Email,
            ["FirstName"] = contact.FirstName,
            ["ConsentedAt"] = consentedAt.ToDateTimeOffset(),
            ["Status"] = enrollment.Status.ToString(),
            ["AddressKey"] = addressKey,
        };
        if (!StoreValues.WriteText(row, State, StoreJson.Serialize(enrollment), StateParts))
        {
            throw new InvalidOperationException(
                $"Enrollment {enrollment.Id} has grown too large to store ({StateParts} × {StoreValues.MaxCharsPerProperty:N0} characters).");
        }
        return row;
    }

    /// <summary>The whole record as a row, with the marks the send and reply paths keep beside the coaching state.</summary>
    public static TableEntity ToRow(EnrollmentRecord record, string addressKey)
    {
        var row = ToRow(record.Enrollment, record.Contact, record.ConsentedAt, addressKey);
        row[Unconfirmed] = UnconfirmedText(record.Unconfirmed);
        row[Suppressed] = record.Suppressed;
        row[AppliedReplies] = string.Join(' ', record.AppliedReplies.TakeLast(MaxAppliedReplies));
        return row;
    }

    /// <summary>The unconfirmed sends as stored: an empty text for none (a merge must overwrite the property).</summary>
    public static string UnconfirmedText(IReadOnlyList<UnconfirmedSend> unconfirmed) =>
        unconfirmed.Count == 0 ? "" : StoreJson.Serialize(unconfirmed);

    public static EnrollmentRecord FromRow(TableEntity row) => new(
        StoreJson.Deserialize<Enrollment>(StoreValues.ReadText(row, State) ?? throw new InvalidDataException("An enrollment row has no state.")),
        new Contact(StoreValues.Required(row, "Email"), StoreValues.Required(row, "FirstName")),
        StoreValues.ToInstant(row.GetDateTimeOffset("ConsentedAt"), "ConsentedAt"),
        row.ETag.ToString())
    {
        Unconfirmed = row.GetString(Unconfirmed) is { Length: > 0 } text ? StoreJson.Deserialize<List<UnconfirmedSend>>(text) : [],
        Suppressed = row.GetBoolean(Suppressed) ?? false,
        AppliedReplies = (row.GetString(AppliedReplies) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
    };

    public static TableEntity ToIndexRow(string addressKey, string enrollmentId) =>
        new(addressKey, IndexRowKey) { [EnrollmentId] = enrollmentId };

    public static IReadOnlyDictionary<string, object?> ToExport(EnrollmentRecord record)
    {
        using var state = JsonDocument.Parse(StoreJson.Serialize(record.Enrollment));
        return new Dictionary<string, object?>
        {
            ["Id"] = record.Id,
            ["Email"] = record.Contact.Email,
            ["FirstName"] = record.Contact.FirstName,
            ["ConsentedAt"] = record.ConsentedAt.ToDateTimeOffset(),
            ["Enrollment"] = state.RootElement.Clone(),
        };
    }
}
