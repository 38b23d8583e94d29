using System.Buffers;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using PainDrip.Core.Ports;

namespace PainDrip.Infrastructure.Storage;

/// <summary>
/// The single-row operations the stores use, each checking its keys before any request: the package
/// sends whatever it is given, and the service answers a forbidden key with a bare 400 or a wrong 404.
/// </summary>
internal static class TableKeys
{
    // 1 KiB of UTF-16, the service's limit; Azurite enforces the same 512 characters.
    public const int MaxKeyLength = 512;

    // char.IsControl is exactly U+0000–U+001F and U+007F–U+009F, the ranges keys may not hold.
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        "/\\#?" + string.Concat(Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(char.IsControl)));

    public static void Validate(string? key, string keyName)
    {
        ArgumentNullException.ThrowIfNull(key, keyName);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException(
                $"{keyName} is {key.Length:N0} characters long; Table Storage keys are at most 1 KiB ({MaxKeyLength} characters).",
                keyName);
        }
        var bad = key.AsSpan().IndexOfAny(Forbidden);
        if (bad < 0)
        {
            return;
        }
        var what = char.IsControl(key[bad]) ? "the control character U+" + ((int)key[bad]).ToString("X4", CultureInfo.InvariantCulture) : $"'{key[bad]}'";
        throw new ArgumentException(
            $"{keyName} contains {what} at position {bad}, which Table Storage does not allow in keys (/ \\ # ? and control characters).",
            keyName);
    }

    /// <summary>The row, or null when it does not exist.</summary>
    public static async Task<TableEntity?> FindAsync(this TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        Validate(partitionKey, "PartitionKey");
        Validate(rowKey, "RowKey");
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Inserts a new row: 409 <c>EntityAlreadyExists</c> when its keys are taken.</summary>
    public static Task<Response> InsertAsync(this TableClient table, TableEntity row, CancellationToken cancellationToken) =>
        table.AddEntityAsync(Checked(row), cancellationToken);

    /// <summary>Writes the row whatever is stored under its keys (insert or replace).</summary>
    public static Task<Response> PutAsync(this TableClient table, TableEntity row, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(Checked(row), TableUpdateMode.Replace, cancellationToken);

    /// <summary>Updates an existing row while its ETag matches: 412 when it changed, 404 when it is gone.</summary>
    public static Task<Response> UpdateAsync(
        this TableClient table, TableEntity row, ETag ifMatch, TableUpdateMode mode, CancellationToken cancellationToken) =>
        table.UpdateEntityAsync(Checked(row), ifMatch, mode, cancellationToken);

    /// <summary>Deletes the row (unconditionally for <c>default</c>); a missing row answers 404 without throwing.</summary>
    public static Task<Response> RemoveAsync(
        this TableClient table, string partitionKey, string rowKey, ETag ifMatch, CancellationToken cancellationToken)
    {
        Validate(partitionKey, "PartitionKey");
        Validate(rowKey, "RowKey");
        return table.DeleteEntityAsync(partitionKey, rowKey, ifMatch, cancellationToken);
    }

    /// <summary>
    /// Awaits a write, turning the answers that mean another writer got there first into a
    /// <see cref="StoreConflictException"/> about <paramref name="what"/>: 404 missing, 409 taken, 412 changed.
    /// </summary>
    public static async Task<Response> OrConflictAsync(this Task<Response> write, string what)
    {
        try
        {
            return await write;
        }
        catch (RequestFailedException error) when (error.Status is 404 or 409 or 412)
        {
            var (conflict, state) = error.Status switch
            {
                404 => (StoreConflict.Missing, "does not exist"),
                409 => (StoreConflict.AlreadyExists, "exists already"),
                _ => (StoreConflict.Changed, "changed since it was read"),
            };
            throw new StoreConflictException(conflict, $"{what} {state}.", error);
        }
    }

    // Null values are dropped, so a write never depends on how the service treats a JSON null.
    public static TableEntity Checked(TableEntity row)
    {
        Validate(row.PartitionKey, "PartitionKey");
        Validate(row.RowKey, "RowKey");
        foreach (var empty in row.Where(property => property.Value is null).Select(property => property.Key).ToList())
        {
            row.Remove(empty);
        }
        return row;
    }
}
