namespace CreepLint.Tests.Evaluation;

/// <summary>
/// CL8001 binds a deadline to a hardship of the reader's. A payment of the reader's that is failing, with a date to update
/// their details by, is an account notice, not a hardship; a child failing at school is one. (These cases are tests rather
/// than rule examples because a rule example is also a training example of the shipped model.)
/// </summary>
public sealed class HardshipPressureTests
{
    private static readonly CreepLintEngine s_rules = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build();

    [TestCase("Your card payment is failing. Update your details by Friday to keep your subscription.")]
    [TestCase("Your direct debit is failing: please update your bank details before Monday.")]
    public void A_failing_payment_with_a_date_is_an_account_notice(string text)
    {
        Assert.That(s_rules.Lint(text).Findings.Select(f => f.RuleId), Does.Not.Contain("CL8001"));
    }

    [TestCase("Your son is failing maths. Only 2 tutor slots left, book before Friday!")]
    [TestCase("Failing at school again? Our crammer course closes in 48 hours.")]
    public void A_child_failing_at_school_with_a_deadline_is_pressure_on_a_hardship(string text)
    {
        Assert.That(s_rules.Lint(text).Findings.Select(f => f.RuleId), Does.Contain("CL8001"));
    }
}
