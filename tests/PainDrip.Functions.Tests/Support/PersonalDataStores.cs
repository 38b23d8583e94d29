using NSubstitute;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Tests.Support;

/// <summary>Substitute <see cref="IPersonalData"/> stores with rows to export and counts to erase.</summary>
public static class PersonalDataStores
{
    public static IPersonalData Store(string name, string enrollmentId, params IReadOnlyDictionary<string, object?>[] rows)
    {
        var store = Substitute.For<IPersonalData>();
        store.Name.Returns(name);
        store.ExportAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns([]);
        store.ExportAsync(enrollmentId, Arg.Any<CancellationToken>()).Returns(rows);
        // Erasing removes the rows: the first call reports them, later calls find nothing.
        store.EraseAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(0);
        store.EraseAsync(enrollmentId, Arg.Any<CancellationToken>()).Returns(rows.Length, 0);
        return store;
    }

    public static IReadOnlyDictionary<string, object?> Row(params (string Key, object? Value)[] values) =>
        values.ToDictionary(value => value.Key, value => value.Value);
}
