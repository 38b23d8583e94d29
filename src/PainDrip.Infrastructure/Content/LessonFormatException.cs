namespace PainDrip.Infrastructure.Content;

/// <summary>A lesson file whose front matter cannot be read; the message names the file and the problem.</summary>
public sealed class LessonFormatException : Exception
{
    public LessonFormatException(string path, string problem, Exception? inner = null)
        : base($"{path}: {problem}", inner)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The lesson file.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it, in words an author understands.</summary>
    public string Problem { get; }
}
