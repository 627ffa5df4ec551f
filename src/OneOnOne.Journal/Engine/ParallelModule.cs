namespace OneOnOne.Journal.Engine;

/// <summary>
/// Makes one output document from one input document, given its position in the module's inputs.
/// Called from several threads at once, for different documents.
/// </summary>
/// <param name="input">The input document.</param>
/// <param name="index">Its position in the module's inputs (for state prepared per position, such as slugs).</param>
/// <returns>The output document at the same position.</returns>
public delegate Document DocumentProcessor(Document input, int index);

/// <summary>
/// The base of a module that makes exactly one output per input, each independently of the others: outputs keep the
/// inputs' order and are made on every core (<see cref="Parallel.For(int, int, Action{int})"/>). A module prepares
/// what its documents share once per run in <see cref="Prepare"/> (the journal, a key, a directory) and returns the
/// processor that makes each output, or null to hand its inputs on unchanged (a module that does nothing in this
/// build, such as sealing without a publish key). Exceptions thrown by the processor reach the pipeline wrapped in an
/// <see cref="AggregateException"/>, as <see cref="Parallel"/> throws them.
/// </summary>
public abstract class ParallelModule : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (Prepare(inputs, context) is not { } process)
        {
            return Task.FromResult(inputs);
        }

        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, i => outputs[i] = process(inputs[i], i));
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    /// <summary>Prepares one run over <paramref name="inputs"/>: what makes each output, or null when the module leaves the documents as they are in this build.</summary>
    /// <param name="inputs">The documents the run is over (for state prepared per position).</param>
    /// <param name="context">The build's context.</param>
    protected abstract DocumentProcessor? Prepare(IReadOnlyList<Document> inputs, PipelineContext context);
}
