using PainDrip.Infrastructure.Storage;

namespace PainDrip.Infrastructure.Tests.Storage;

public sealed class TableFilterTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Brien", "'O''Brien'")]
    [InlineData("''", "''''''")]
    [InlineData("", "''")]
    public void Literal_String_QuotesAndDoublesSingleQuotes(string value, string expected) =>
        Assert.Equal(expected, TableFilter.Literal(value));

    [Fact]
    public void Literal_EachType_UsesODataSyntax()
    {
        Assert.Equal("42", TableFilter.Literal(42));
        Assert.Equal("-7", TableFilter.Literal(-7));
        Assert.Equal("5000000000L", TableFilter.Literal(5_000_000_000L));
        Assert.Equal("true", TableFilter.Literal(true));
        Assert.Equal("false", TableFilter.Literal(false));
        Assert.Equal("2.0", TableFilter.Literal(2.0));
        Assert.Equal("0.25", TableFilter.Literal(0.25));
        Assert.Equal("datetime'2026-03-01T07:00:00.0000000Z'",
            TableFilter.Literal(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(1))));
        Assert.Equal("guid'0f8fad5b-d9cb-469f-a165-70867728950e'",
            TableFilter.Literal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")));
        Assert.Equal("X'00ff'", TableFilter.Literal(new byte[] { 0, 255 }));
    }

    [Fact]
    public void Literal_UnsupportedType_Throws() =>
        Assert.Throws<ArgumentException>(() => TableFilter.Literal(new object()));

    [Fact]
    public void Comparisons_UseTheirOperators()
    {
        Assert.Equal("Pain eq 3", TableFilter.Equal("Pain", 3));
        Assert.Equal("Pain ne 3", TableFilter.NotEqual("Pain", 3));
        Assert.Equal("Pain gt 3", TableFilter.GreaterThan("Pain", 3));
        Assert.Equal("Pain ge 3", TableFilter.GreaterThanOrEqual("Pain", 3));
        Assert.Equal("Pain lt 3", TableFilter.LessThan("Pain", 3));
        Assert.Equal("Pain le 3", TableFilter.LessThanOrEqual("Pain", 3));
        Assert.Equal("PartitionKey eq 'a''b'", TableFilter.PartitionKeyEquals("a'b"));
    }

    [Fact]
    public void Combinators_ParenthesiseEachPart()
    {
        var filter = TableFilter.Or(
            TableFilter.And(TableFilter.PartitionKeyEquals("p"), TableFilter.GreaterThan("Pain", 5)),
            TableFilter.Not(TableFilter.Equal("Paused", true)));

        Assert.Equal("((PartitionKey eq 'p') and (Pain gt 5)) or (not (Paused eq true))", filter);
        Assert.Equal("Pain gt 5", TableFilter.And(TableFilter.GreaterThan("Pain", 5)));
        Assert.Throws<ArgumentException>(() => TableFilter.And());
    }

    [Fact]
    public void Equal_PropertyNameThatIsNotAnIdentifier_Throws() =>
        Assert.Throws<ArgumentException>(() => TableFilter.Equal("Pain eq 1 or true", 1));

    [Fact]
    public void Create_InterpolatedValues_AreQuotedLiterals()
    {
        var filter = TableFilter.Create($"PartitionKey eq {"x' or '1' eq '1"} and Day ge {7L} and On eq {true}");

        Assert.Equal("PartitionKey eq 'x'' or ''1'' eq ''1' and Day ge 7L and On eq true", filter);
    }
}
