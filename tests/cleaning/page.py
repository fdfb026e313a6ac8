"""A small news page's article and menu, shared by the cleaning rule tests."""

ARTICLE = [
    "The council approved the new budget on Monday after a debate that lasted more than six hours, "
    "with the opposition warning that the cuts to libraries would hurt the poorest districts most.",
    "The mayor said the savings were needed to keep the city's finances in balance and promised that "
    "no library would close before the end of the year, when the plan will be reviewed again.",
    "Residents who spoke at the meeting asked the council to publish the figures behind the plan, "
    "and several of them said they would take their case to the regional government if it did not.",
    "The opposition leader said her group would table its own budget next month, with a smaller cut "
    "to the libraries and a higher charge for parking in the city centre on weekdays.",
]
MENU = "Home\nNews\nWorld\nBusiness\nSport\nSign in\n"
