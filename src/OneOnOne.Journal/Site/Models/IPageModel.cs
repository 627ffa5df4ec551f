namespace OneOnOne.Journal.Site.Models;

/// <summary>
/// The model of one theme layout (issue #17, item 3: one record per layout, names as the layout uses them).
/// Each page model is a <c>sealed record</c> whose public properties are exactly what its layout may
/// bind; the theme tests check every name a layout uses against its record, and a native AOT build
/// (issue #19) needs named types rather than anonymous ones.
/// </summary>
internal interface IPageModel
{
    /// <summary>The layout in <c>theme/layouts/</c> (without <c>.sbn-html</c>) that renders this model.</summary>
    static abstract string Layout { get; }
}
