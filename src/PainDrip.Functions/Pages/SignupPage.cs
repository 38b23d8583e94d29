namespace PainDrip.Functions.Pages;

/// <summary>The embedded signup page (<c>Pages/signup.html</c>).</summary>
public static class SignupPage
{
    private static readonly Lazy<string> Page = new(Load);

    /// <summary>The page's HTML.</summary>
    public static string Html => Page.Value;

    private static string Load()
    {
        var assembly = typeof(SignupPage).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("signup.html", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
