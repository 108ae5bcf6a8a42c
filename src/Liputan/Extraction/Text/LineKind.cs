namespace Liputan.Extraction.Text;

/// <summary>What a line of saved page text is.</summary>
public enum LineKind
{
    /// <summary>Not yet classified, or running text.</summary>
    Text,
    Title,
    Description,
    Url,
    DateStamp,
    Byline,
    Caption,
    Related,
    Pitch,
    Footer,
    Navigation,
    Tags,
    SignOff,
    Spam,
    Repeated,
    Heading,
    Body,
}
