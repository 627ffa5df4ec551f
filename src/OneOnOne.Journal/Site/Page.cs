namespace OneOnOne.Journal.Site;

/// <summary>A page to render: where it goes, which theme layout renders it, and the model the layout sees.</summary>
/// <param name="Destination">Output path relative to the output folder, e.g. <c>people/alice-chen/index.html</c>.</param>
/// <param name="Layout">Layout name in <c>theme/layouts/</c> without <c>.hbs</c>.</param>
/// <param name="Title">Page title for the browser tab.</param>
/// <param name="Section">Navigation section the page belongs to (dashboard, people, notes, goals, actions, prep, attention).</param>
/// <param name="Model">The object handed to the layout.</param>
/// <param name="Printable">True for sheets meant to be printed (prep sheets).</param>
public sealed record Page(string Destination, string Layout, string Title, string Section, object Model, bool Printable = false);
