using Scriban.Runtime;

namespace SiteBuilder.Templates.Plans;

/// <summary>What a plan accepts as a value read from the model: Scriban would call a function or await a task it reads, which a plan leaves to Scriban.</summary>
internal static class PlanValues
{
    private static readonly object True = true;

    private static readonly object False = false;

    /// <summary>Boxed small whole numbers (a loop's index), made once: a value is boxed where Scriban would box it, but not anew every time.</summary>
    private static readonly object[] Numbers = [.. Enumerable.Range(0, 256).Select(n => (object)n)];

    public static object Box(bool value) => value ? True : False;

    public static object Box(int value) => value is >= 0 and < 256 ? Numbers[value] : value;

    public static object? Checked(object? value) =>
        value is null or string or bool or int || value is not (IScriptCustomFunction or Task or ValueTask) ? value : throw new PlanAbandoned();

    /// <summary>As <see cref="Checked(object?)"/>, with the type last found plain at this place in a template: one place reads one type, so the test is made once.</summary>
    public static object? Checked(object? value, ref RuntimeTypeHandle plain)
    {
        if (value is null or string or bool or int)
        {
            return value;
        }

        var type = Type.GetTypeHandle(value);
        if (type.Equals(plain))
        {
            return value;
        }

        Checked(value);
        plain = type;
        return value;
    }
}
