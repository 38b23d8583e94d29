using PainDrip.Infrastructure.Email.Inbound.Mime;

namespace PainDrip.Infrastructure.Tests.Email.Inbound.Mime;

public sealed class HtmlTextTests
{
    [Fact]
    public void ToText_Blockquote_BecomesQuotedLinesAroundTheOwnWords() =>
        Assert.Equal(
            "On Mon, PainDrip wrote:\n\n> How is your back?\n\n> > Older quote\n\nPain is 7 and my chest hurts",
            HtmlText.ToText("<div>On Mon, PainDrip wrote:</div><blockquote><p>How is your back?</p><blockquote>Older quote</blockquote></blockquote><p>Pain is 7 and my chest hurts</p>"));

    [Fact]
    public void ToText_ScriptsStylesAndComments_AreDropped() =>
        Assert.Equal("Visible", HtmlText.ToText("<style>.a{}</style><SCRIPT type=x>var a = '<p>';</SCRIPT><!-- <p>hidden</p> -->Visible"));

    [Fact]
    public void ToText_BlocksAndBreaks_BecomeLines() =>
        Assert.Equal("Title\n\nOne\ntwo\n\nlast", HtmlText.ToText("<h1>Title</h1><p>One<br/>two</p><p></p><p></p><div>last</div>"));

    [Fact]
    public void ToText_Entities_AreDecoded() =>
        Assert.Equal("5 < 6 & “fine” é", HtmlText.ToText("5 &lt; 6 &amp; &ldquo;fine&rdquo;&nbsp;&#233;"));

    [Fact]
    public void ToText_SourceLineBreaksAndIndentation_CollapseToSpaces() =>
        Assert.Equal("It hurts less today.", HtmlText.ToText("<p>\r\n   It hurts\r\n      less   today.\r\n</p>"));

    [Fact]
    public void ToText_NestedDivs_GiveOneLineBreak() =>
        Assert.Equal("a\nb", HtmlText.ToText("<div><div>a</div>\r\n  </div><div><div><span>b</span></div></div>"));

    [Fact]
    public void ToText_TableCells_AreSeparated() =>
        Assert.Equal("Mon 4\nTue 3", HtmlText.ToText("<table><tr><td>Mon</td><td>4</td></tr><tr><td>Tue</td><td>3</td></tr></table>"));
}
