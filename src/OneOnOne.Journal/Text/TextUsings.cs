// The text primitives (TextBuffer, HtmlText, Utf8Text) are shared by every layer: the domain keeps a note's HTML as
// Utf8Text, parsing and the site take plain text with HtmlText, the theme and the modules render into a TextBuffer.
// One project-wide using keeps them a dependency of nothing but the runtime (the domain no longer reaches into Parsing
// for them, issue #18) without a using line in each file that renders or reads text.
global using OneOnOne.Journal.Text;
