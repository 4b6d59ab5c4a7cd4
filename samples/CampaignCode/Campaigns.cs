using CreepLint;

namespace CampaignCode;

/// <summary>A campaign's copy: everything a customer reads is marked, so the build lints it.</summary>
public sealed class CribsCampaign
{
    [MessageTemplate] public string Subject => "We noticed you looked at cribs 6 times";

    [MessageTemplate(Channel = "preheader")] public string Preheader => "Cribs, changing tables and more, 20% off this week.";

    [MessageTemplate("rationale")] public string Why => "Popular with customers who shop the nursery range.";
}

/// <summary>Copy built from customer data: holes are placeholders, named as the template fields they carry.</summary>
public static class Greetings
{
    [MessageTemplate]
    public static string Welcome(Customer customer) => $"Hi {customer.FirstName}, your order {customer.Order.Number} has shipped.";

    [MessageTemplate]
    public static string DueDate(Customer customer) => $"Hi {customer.FirstName}, get ready for {customer.PredictedDueDate}!";
}

/// <summary>A customer as the campaign sees it.</summary>
public sealed record Customer(string FirstName, string PredictedDueDate, Order Order);

/// <summary>An order.</summary>
public sealed record Order(string Number);

/// <summary>Sends a message; whatever is passed here is linted.</summary>
public static class Sender
{
    public static void Send([MessageTemplate(Channel = "push")] string text) => Console.WriteLine(text.Length);

    public static void SpringSale() => Send("Our spring sale starts today: 20% off garden tools.");

    // creeplint-disable-next-line CL5001 -- about the customer's own order, which they asked us to check
    public static void Refund() => Send("We noticed order 1182 was charged twice; the refund is on its way.");
}
