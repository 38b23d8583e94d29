using PainDrip.Infrastructure.Email.Inbound;

namespace PainDrip.Infrastructure.Tests.Email.Inbound;

public sealed class HtmlReplyTextTests
{
    [Fact]
    public void ToText_Blockquote_BecomesQuotedLinesAroundTheOwnWords() =>
        Assert.Equal(
            "On Mon, PainDrip wrote:\n\n> How is your back?\n\n> > Older quote\n\nPain is 7 and my chest hurts",
            HtmlReplyText.ToText("<div>On Mon, PainDrip wrote:</div><blockquote><p>How is your back?</p><blockquote>Older quote</blockquote></blockquote><p>Pain is 7 and my chest hurts</p>"));

    [Fact]
    public void ToText_ScriptsStylesAndComments_AreDropped() =>
        Assert.Equal("Visible", HtmlReplyText.ToText("<style>.a{}</style><SCRIPT type=x>var a = '<p>';</SCRIPT><!-- <p>hidden</p> -->Visible"));

    [Fact]
    public void ToText_HeadAndTitle_AreDropped() =>
        Assert.Equal("Body words", HtmlReplyText.ToText("<html><head><title>Tab title</title><meta charset=utf-8></head><body>Body words</body></html>"));

    [Fact]
    public void ToText_BlocksAndBreaks_BecomeLines() =>
        Assert.Equal("Title\n\nOne\ntwo\n\nlast", HtmlReplyText.ToText("<h1>Title</h1><p>One<br/>two</p><p></p><p></p><div>last</div>"));

    [Fact]
    public void ToText_Entities_AreDecoded() =>
        Assert.Equal("5 < 6 & “fine” é", HtmlReplyText.ToText("5 &lt; 6 &amp; &ldquo;fine&rdquo;&nbsp;&#233;"));

    [Fact]
    public void ToText_SourceLineBreaksAndIndentation_CollapseToSpaces() =>
        Assert.Equal("It hurts less today.", HtmlReplyText.ToText("<p>\r\n   It hurts\r\n      less   today.\r\n</p>"));

    [Fact]
    public void ToText_NestedDivs_GiveOneLineBreak() =>
        Assert.Equal("a\nb", HtmlReplyText.ToText("<div><div>a</div>\r\n  </div><div><div><span>b</span></div></div>"));

    [Fact]
    public void ToText_TableCells_AreSeparated() =>
        Assert.Equal("Mon 4\nTue 3", HtmlReplyText.ToText("<table><tr><td>Mon</td><td>4</td></tr><tr><td>Tue</td><td>3</td></tr></table>"));

    [Fact]
    public void ToText_ListItems_BecomeDashLines() =>
        Assert.Equal("Tried:\n- heat\n- stretch", HtmlReplyText.ToText("Tried:<ul><li>heat</li><li>stretch</li></ul>"));

    [Fact]
    public void ToText_UnclosedTagsAndStrayBrackets_KeepTheWords() =>
        Assert.Equal("pain < 5 today", HtmlReplyText.ToText("<p>pain < 5 <b>today"));
}
