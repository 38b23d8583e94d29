namespace PainDrip.Infrastructure.Content;

/// <summary>
/// Where the seed texts are: the folder the lessons' facts come from, which no lesson may copy from
/// (see <see cref="SeedTexts"/>). It lives outside the repository, read-only, at
/// <c>../shared/seeds</c> next to the checkout (or further up, for a git worktree).
/// </summary>
public static class SeedFolder
{
    /// <summary>The environment variable that names the seeds folder, overriding the search.</summary>
    public const string EnvironmentVariable = "PAINDRIP_SEEDS";

    /// <summary>
    /// The seeds folder for the checkout that holds <paramref name="start"/>: <paramref name="explicitDirectory"/>
    /// when given, else <see cref="EnvironmentVariable"/> when set, else the first <c>shared/seeds</c> folder
    /// in a folder above the checkout (the one with <c>PainDrip.sln</c>). <see cref="SeedLocation.Directory"/>
    /// is <see langword="null"/> when none exists; <see cref="SeedLocation.Looked"/> lists where it looked.
    /// </summary>
    public static SeedLocation Locate(string start, string? explicitDirectory = null)
    {
        var named = explicitDirectory ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrEmpty(named)
            ? LocateNextToCheckout(start)
            : new SeedLocation(Directory.Exists(named) ? named : null, [named]);
    }

    /// <summary>
    /// The first <c>shared/seeds</c> folder in a folder above the checkout that holds <paramref name="start"/>
    /// (the folder with <c>PainDrip.sln</c>), nearest first, ignoring <see cref="EnvironmentVariable"/>.
    /// </summary>
    public static SeedLocation LocateNextToCheckout(string start)
    {
        var checkout = FindCheckout(start);
        if (checkout is null)
        {
            return new SeedLocation(null, []);
        }
        var looked = new List<string>();
        for (var dir = checkout.Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            looked.Add(candidate);
            if (Directory.Exists(candidate))
            {
                return new SeedLocation(candidate, looked);
            }
        }
        return new SeedLocation(null, looked);
    }

    private static DirectoryInfo? FindCheckout(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PainDrip.sln")))
            {
                return dir;
            }
        }
        return null;
    }
}

/// <summary>The seeds folder found, or <see langword="null"/>, and every place looked (for the message).</summary>
public sealed record SeedLocation(string? Directory, IReadOnlyList<string> Looked);
