namespace PainDrip.Infrastructure.Storage;

/// <summary>
/// The service's own size formula for an entity, so an oversized row fails before it is
/// sent: 4 + 2·len(PartitionKey+RowKey) + Σ(8 + 2·len(name) + value size).
/// </summary>
internal static class TableEntitySize
{
    public const int MaxBytes = 1024 * 1024;

    public static long Of(TableEntity entity)
    {
        long size = 4 + 2L * (entity.PartitionKey.Length + entity.RowKey.Length);
        foreach (var (name, value) in entity)
        {
            size += 8 + 2L * name.Length + ValueSize(value);
        }
        return size;
    }

    public static void EnsureFits(TableEntity entity, string tableName)
    {
        var size = Of(entity);
        if (size > MaxBytes)
        {
            throw new TableRequestException(
                413,
                TableErrorCode.EntityTooLarge,
                $"The entity for table '{tableName}' is {size:N0} bytes; Table Storage accepts at most {MaxBytes:N0} "
                + "bytes per entity. It was not sent.");
        }
    }

    private static long ValueSize(object value) => value switch
    {
        string s => 4 + 2L * s.Length,
        byte[] bytes => 4 + bytes.LongLength,
        bool => 1,
        int => 4,
        Guid => 16,
        _ => 8,
    };
}
