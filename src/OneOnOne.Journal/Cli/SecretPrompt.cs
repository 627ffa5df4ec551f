using System.Text;

namespace OneOnOne.Journal.Cli;

/// <summary>
/// Reads a passphrase typed in the terminal without showing it (a <c>*</c> per character, Backspace removes the
/// last one, Enter ends it). It replaces Spectre.Console's <c>TextPrompt&lt;string&gt;.Secret()</c>, whose
/// conversion of the answer goes through <c>TypeDescriptor.GetConverter</c>, the one trim-unsafe path of
/// Spectre.Console this tool reached: with it gone the native (AOT) build has no trim warning (issue #19, item 1).
/// </summary>
internal static class SecretPrompt
{
    /// <summary>Writes <paramref name="question"/> to standard error and reads the answer from the console's keys.</summary>
    /// <param name="question">Plain text, written as it is (no markup).</param>
    /// <returns>The characters typed before Enter (control characters left out).</returns>
    /// <exception cref="InvalidOperationException">Standard input is not a terminal (callers check <see cref="Console.IsInputRedirected"/> first).</exception>
    public static string Ask(string question)
    {
        Console.Error.Write(question + " ");
        var answer = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return answer.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (answer.Length > 0)
                {
                    answer.Length--;
                    Console.Error.Write("\b \b");
                }

                continue;
            }

            if (!char.IsControl(key.KeyChar))
            {
                answer.Append(key.KeyChar);
                Console.Error.Write('*');
            }
        }
    }
}
