namespace PainDrip.TestSupport;

/// <summary>Finds files of this repository from a test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeBin(string tool)
    {
        var path = Path.Combine(Root, "node_modules", ".bin", tool);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"'{tool}' is not installed under node_modules. Run the README's test command (./test.sh), which runs 'npm ci' first.");
        }
        return path;
    }

    /// <summary>A folder for files a test leaves behind for a person to look at (screenshots, rendered emails).</summary>
    public static string Artifacts(string area)
    {
        var path = Path.Combine(Root, ".artifacts", area);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PainDrip.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("PainDrip.sln not found above " + AppContext.BaseDirectory);
    }
}
