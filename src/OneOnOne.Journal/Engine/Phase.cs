namespace OneOnOne.Journal.Engine;

/// <summary>
/// When a pipeline runs in a build. The engine runs every pipeline of a phase before any pipeline of a later phase
/// (inside a phase: in dependency order, lanes apart), so a pipeline may depend only on pipelines of its own phase or an
/// earlier one. A build may stop after a phase and do other work before the next (<see cref="PipelineEngine.RunAsync(PipelineContext, Action{string}?, Phase)"/>).
/// Statiq splits each pipeline into Input, Process, PostProcess and Output phases; here a pipeline works on its
/// documents in slices from reading to writing (to bound memory), so it is the pipeline as a whole that has a phase.
/// </summary>
public enum Phase
{
    /// <summary>
    /// Reads the input and computes what the output is made from (the site's model); writes no output. A full build
    /// runs it while the theme loads, before it checks and prepares the output folder.
    /// </summary>
    Input,

    /// <summary>
    /// Makes and writes the output a change most likely shows (the site: note pages, people pages, assets). Preview
    /// reloads the pages these wrote before the rest of the build is done.
    /// </summary>
    EarlyOutput,

    /// <summary>Makes and writes the rest of the output.</summary>
    Output,
}
