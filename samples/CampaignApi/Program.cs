using CampaignApi;

var app = CampaignApiApp.Build(args);
app.Run();
