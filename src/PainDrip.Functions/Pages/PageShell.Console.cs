namespace PainDrip.Functions.Pages;

/// <summary>The coach console's variant of the frame: the same head and style sheet, a wider page, the console's
/// navigation before the heading, and the console's own few styles (queue cards, timeline, tables, charts).</summary>
internal static partial class PageShell
{
    private const string ConsoleStyles = """
        <style>
          main.console { max-width: 72rem; }
          .skip { position: absolute; left: -999rem; } .skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: .5rem; z-index: 1; }
          nav.console { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: .25rem 0 .6rem; border-bottom: 1px solid var(--line); }
          nav.console a { padding: .2rem 0; } nav.console a[aria-current=page] { color: var(--ink); font-weight: 700; text-decoration: none; }
          nav.console .who { margin-left: auto; color: var(--muted); }
          .meta { color: var(--muted); font-size: .92rem; margin: .2rem 0; }
          .badge { display: inline-block; font-size: .85rem; font-weight: 600; padding: 0 .5rem; border-radius: 999px; border: 1px solid currentColor; margin: .1rem .25rem .1rem 0; }
          .badge.bad { color: var(--bad); }
          .filters { display: flex; flex-wrap: wrap; gap: .4rem; padding: 0; list-style: none; } .filters li { margin: 0; }
          .filters a { display: inline-block; padding: .3rem .7rem; border: 1px solid var(--line); border-radius: 999px; text-decoration: none; }
          .filters a[aria-current=page] { background: var(--accent); color: var(--paper); border-color: var(--accent); }
          ol.queue { list-style: none; padding: 0; margin: 0; }
          ol.queue > li { border: 1px solid var(--line); border-left: 6px solid var(--accent); border-radius: 8px; padding: .6rem 1rem; margin: .75rem 0; }
          ol.queue > li.urgent { border-left-color: var(--bad); }
          ol.queue h2 { font-size: 1.1rem; margin: 0; }
          .layout { display: grid; gap: 0 2rem; } @media (min-width: 62rem) { .layout { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); } }
          ol.timeline { list-style: none; padding: 0 0 0 1rem; margin: 0; border-left: 3px solid var(--line); }
          ol.timeline > li { margin: 0 0 .9rem; position: relative; }
          ol.timeline > li::before { content: ""; position: absolute; left: -1.55rem; top: .45rem; width: .8rem; height: .8rem; border-radius: 50%; background: var(--accent); }
          ol.timeline > li.t-redflag::before, ol.timeline > li.t-flare::before, ol.timeline > li.t-unsent::before { background: var(--bad); }
          ol.timeline > li.t-coach::before { background: var(--ink); }
          .reply { white-space: pre-wrap; overflow-wrap: anywhere; margin: .35rem 0; padding: .5rem .75rem; border-left: 4px solid var(--line); }
          textarea { width: 100%; font: inherit; padding: .55rem .6rem; border: 1px solid var(--line); border-radius: 6px; background: var(--paper); color: var(--ink); min-height: 8rem; }
          textarea:focus-visible, a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
          .actions { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); }
          .actions form, form.answer, section.item { border: 1px solid var(--line); border-radius: 8px; padding: .5rem 1rem 1rem; margin: 0 0 1rem; }
          .actions h3, form.answer h3 { font-size: 1.05rem; margin: .5rem 0; }
          .status { border-left: 6px solid var(--accent); padding: .5rem 1rem; margin: 1rem 0; } .status.problem { border-color: var(--bad); }
          .table-wrap { overflow-x: auto; } table { border-collapse: collapse; width: 100%; font-size: .95rem; }
          th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
          figure { margin: 1rem 0; } figcaption { color: var(--muted); font-size: .92rem; }
          svg.chart { display: block; width: 100%; max-width: 44rem; height: auto; } svg.chart text { fill: var(--ink); font-size: 12px; }
          @media (max-width: 40rem) { svg.chart text { font-size: 19px; } }
          svg.chart .grid { stroke: var(--line); } svg.chart .line { fill: none; stroke: var(--accent); stroke-width: 2.5; }
          svg.chart .dot { fill: var(--accent); } svg.chart .mark { fill: var(--bad); } svg.chart .worse { stroke: var(--bad); }
          svg.chart .better { stroke: var(--accent); } svg.chart .same { stroke: var(--muted); } svg.chart .bar { fill: var(--bad); }
          svg.chart .band-calm { fill: #7aa6d6; } svg.chart .band-mobility { fill: #8cc7b6; } svg.chart .band-strength { fill: #e0b85c; }
          svg.chart .band-return { fill: #b59ad6; } svg.chart .band-graduation { fill: #9aa5ad; } svg.chart .band { fill-opacity: .28; }
          .legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; font-size: .92rem; }
          .swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 3px; vertical-align: -.1rem; margin-right: .3rem; opacity: .7; }
          .sw-calm { background: #7aa6d6; } .sw-mobility { background: #8cc7b6; } .sw-strength { background: #e0b85c; } .sw-return { background: #b59ad6; } .sw-graduation { background: #9aa5ad; }
          details summary { cursor: pointer; color: var(--accent); font-weight: 600; }
        </style>
        """;

    /// <summary>A console page; <paramref name="navHtml"/> and <paramref name="contentHtml"/> must already be encoded.</summary>
    public static string RenderConsole(string title, string navHtml, string contentHtml) => $"""
        {Head($"{title} – PainDrip coach", ConsoleStyles)}
        <body>
        <a class="skip" href="#content">Skip to content</a>
        <main class="console">
        {navHtml}
          <h1 id="content" tabindex="-1">{Encode(title)}</h1>
        {contentHtml}
          <footer>PainDrip coach console · <a href="/api/privacy">Privacy</a></footer>
        </main>
        </body>
        </html>

        """;
}
