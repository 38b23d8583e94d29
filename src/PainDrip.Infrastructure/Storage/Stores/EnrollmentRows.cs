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

    public static EnrollmentRecord FromRow(TableEntity row) => new(
        StoreJson.Deserialize<Enrollment>(StoreValues.ReadText(row, State) ?? throw new InvalidDataException("An enrollment row has no state.")),
        new Contact(StoreValues.Required(row, "Email"), StoreValues.Required(row, "FirstName")),
        StoreValues.ToInstant(row.GetDateTimeOffset("ConsentedAt"), "ConsentedAt"),
        row.ETag.ToString());

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
