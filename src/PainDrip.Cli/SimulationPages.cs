using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Lessons;
using PainDrip.Infrastructure.Email.Composition;

namespace PainDrip.Cli;

/// <summary>
/// Writes a simulation as files an author can click through: every email as HTML and text, named
/// <c>{nn}-day{day}-{kind}-{lessonId}</c>, and an <c>index.html</c> timeline linking to them.
/// </summary>
public static partial class SimulationPages
{
    /// <summary>Writes the pages into <paramref name="folder"/> (which must exist) and returns how many emails were written.</summary>
    public static async Task<int> WriteAsync(string folder, SimulationResult result, EnrollmentRequest request, ILessonLibrary library)
    {
        var composer = PreviewVerb.SampleComposer();
        var recipient = new Recipient("simulation", request.Email, request.FirstName);
        var width = Math.Max(2, result.Emails.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var rows = new StringBuilder();
        var written = 0;
        for (var i = 0; i < result.Emails.Count; i++)
        {
            var email = result.Emails[i];
            var name = FileName(i + 1, width, email);
            if (library.Find(email.LessonId) is { } lesson)
            {
                var named = lesson with { Body = Core.Safety.RedFlagList.FillReported(lesson.Body, email.ReportedFlags) };
                var message = composer.Compose(named, recipient, fields: email.Fields);
                await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), message.Html);
                await File.WriteAllTextAsync(Path.Combine(folder, name + ".txt"), message.Text);
                written++;
            }
            rows.Append(Row(i + 1, email, name));
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "index.html"), Index(result, request, rows.ToString()));
        return written;
    }

    /// <summary>The file name (without extension) of the <paramref name="number"/>th email.</summary>
    public static string FileName(int number, int width, SimulatedEmail email) =>
        $"{number.ToString("D" + width, System.Globalization.CultureInfo.InvariantCulture)}-day{email.Day}-{Code(email.Kind)}-{NotFileSafe().Replace(email.LessonId, "-")}";

    private static string Code<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string Row(int number, SimulatedEmail email, string name) =>
        $"""
              <tr><td>{number}</td><td>{email.Day}</td><td>{Encode(email.LocalTime)}</td><td>{Code(email.Phase)}</td><td>{Code(email.Kind)}</td>
                <td><a href="{Encode(Uri.EscapeDataString(name))}.html">{Encode(email.Subject)}</a> <small>(<a href="{Encode(Uri.EscapeDataString(name))}.txt">text</a>)</small></td></tr>

        """;

    private static string Index(SimulationResult result, EnrollmentRequest request, string rows) =>
        $$"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>PainDrip simulation: {{result.Emails.Count}} emails</title>
          <style>
            body { font-family: system-ui, sans-serif; margin: 1rem; color: #1d2b36; max-width: 60rem; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #d5dde3; vertical-align: top; }
            td:last-child { overflow-wrap: anywhere; }
            svg.pain { width: 100%; max-width: 34rem; height: auto; }
            .replies li { margin-bottom: .4rem; overflow-wrap: anywhere; }
            @media (max-width: 30rem) { th:nth-child(1), td:nth-child(1), th:nth-child(3), td:nth-child(3), th:nth-child(4), td:nth-child(4) { display: none; } }
          </style>
        </head>
        <body>
          <h1>Simulated program: {{result.Emails.Count}} emails</h1>
          <p>For {{Encode(request.FirstName)}}, time zone {{Encode(request.TimeZone)}}, lessons at {{request.SendHour}}:00.
             Ends {{Code(result.FinalStatus)}} in the {{Code(result.FinalPhase)}} phase. Day 0 is the day of confirmation.</p>
          {{PainLine(result, request.Profile?.PainNow)}}
          {{RepliesSection(result)}}
          <h2>Emails</h2>
          <div class="scroll">
          <table>
            <thead><tr><th scope="col">#</th><th scope="col">Day</th><th scope="col">Local time</th><th scope="col">Phase</th><th scope="col">Kind</th><th scope="col">Subject</th></tr></thead>
            <tbody>
        {{rows}}    </tbody>
          </table>
          </div>
        </body>
        </html>

        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex NotFileSafe();
}
