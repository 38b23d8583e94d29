using PainDrip.Infrastructure.Content;

namespace PainDrip.Infrastructure.Tests.Content;

public sealed class SeedFolderTests : IDisposable
{
    private readonly TempLessonFolder _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void LocateNextToCheckout_SharedSeedsBesideCheckout_FoundFromInsideIt()
    {
        _root.Write("ci/checkout/PainDrip.sln", "");
        _root.Write("ci/checkout/src/a.txt", "");
        var seeds = Path.GetDirectoryName(_root.Write("ci/shared/seeds/s.txt", "seed"))!;

        var found = SeedFolder.LocateNextToCheckout(Path.Combine(_root.Path, "ci", "checkout", "src"));

        Assert.Equal(seeds, found.Directory);
    }

    [Fact]
    public void LocateNextToCheckout_GitWorktreeOneLevelDeeper_FindsSeedsFurtherUp()
    {
        _root.Write("work/wt/content/PainDrip.sln", "");
        var seeds = Path.GetDirectoryName(_root.Write("work/shared/seeds/s.txt", "seed"))!;

        var found = SeedFolder.LocateNextToCheckout(Path.Combine(_root.Path, "work", "wt", "content"));

        Assert.Equal(seeds, found.Directory);
        Assert.Equal(Path.Combine(_root.Path, "work", "wt", "shared", "seeds"), found.Looked[0]);
    }

    [Fact]
    public void LocateNextToCheckout_NoSeedsAnywhere_NullAndSaysWhereItLooked()
    {
        _root.Write("lone/PainDrip.sln", "");

        var found = SeedFolder.LocateNextToCheckout(Path.Combine(_root.Path, "lone"));

        Assert.Null(found.Directory);
        Assert.Equal(Path.Combine(_root.Path, "shared", "seeds"), found.Looked[0]);
    }

    [Fact]
    public void Locate_ExplicitFolder_WinsOverTheSearch()
    {
        _root.Write("ci/checkout/PainDrip.sln", "");
        _root.Write("ci/shared/seeds/s.txt", "seed");
        var other = Path.GetDirectoryName(_root.Write("elsewhere/s.txt", "seed"))!;

        var found = SeedFolder.Locate(Path.Combine(_root.Path, "ci", "checkout"), other);

        Assert.Equal(other, found.Directory);
        Assert.Equal([other], found.Looked);
    }

    [Fact]
    public void Locate_ExplicitFolderMissing_NullNamingIt()
    {
        var missing = Path.Combine(_root.Path, "nope");

        var found = SeedFolder.Locate(_root.Path, missing);

        Assert.Null(found.Directory);
        Assert.Equal([missing], found.Looked);
    }
}
