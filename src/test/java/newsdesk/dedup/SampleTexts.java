package newsdesk.dedup;

/** Short made-up news texts for the tests: two events of one kind, and edits of the first. */
final class SampleTexts {
  private SampleTexts() {}

  static final String FLOOD = """
      Heavy rain caused the river Alder to burst its banks on Tuesday night, flooding more than two \
      hundred homes in the town of Millbrook and forcing the evacuation of a care home.

      Emergency services rescued fourteen people from cars trapped on the ring road. The county fire \
      service said crews worked through the night with boats and pumps borrowed from neighbouring areas.

      The mayor, Helen Carter, said the town had not seen water levels like it since 1998. She asked \
      residents to stay away from the riverside and to check on elderly neighbours.

      Forecasters expect another band of rain to arrive on Thursday. The environment agency has issued \
      three severe flood warnings along the lower valley and opened a helpline for residents.""";

  static final String OTHER_FLOOD = """
      Storm water swept through the village of Eastwick on Saturday after a week of rain, cutting \
      power to six hundred households and closing the only bridge across the valley.

      Volunteers filled sandbags outside the village hall while the regional council sent generators \
      and drinking water. No injuries were reported, a council spokesman said.

      Farmers said the harvest in the lower fields was lost. The regional council will meet on Monday \
      to discuss emergency payments for families whose homes were damaged by the water.""";

  static final String FLOOD_SYNDICATED = """
      By Staff Reporter | Valley Post

      Heavy rain caused the River Alder to burst its banks on Tuesday night - flooding more than 200 \
      homes in the town of Millbrook and forcing the evacuation of a care home.

      Emergency services rescued fourteen people from cars trapped on the ring road. The county fire \
      service said crews worked through the night with boats and pumps borrowed from nearby areas.

      The mayor, Helen Carter, said the town had not seen water levels like it since 1998. She asked \
      residents to stay away from the riverside and to check on elderly neighbours.

      Forecasters expect another band of rain to arrive on Thursday. The environment agency has issued \
      three severe flood warnings along the lower valley and opened a helpline for residents.

      Sign up for our daily newsletter to get the top stories delivered to your inbox.""";

  static final String FLOOD_REORDERED_UPDATE = """
      Forecasters expect another band of rain to arrive on Thursday. The environment agency has issued \
      three severe flood warnings along the lower valley and opened a helpline for residents.

      Heavy rain caused the river Alder to burst its banks on Tuesday night, flooding more than two \
      hundred homes in the town of Millbrook and forcing the evacuation of a care home.

      Emergency services rescued fourteen people from cars trapped on the ring road. The county fire \
      service said crews worked through the night with boats and pumps borrowed from neighbouring areas.

      The mayor, Helen Carter, said the town had not seen water levels like it since 1998. She asked \
      residents to stay away from the riverside and to check on elderly neighbours.

      Update: the care home residents have been moved to a school sports hall on higher ground.""";

  static final String COOKIE_WALL = """
      We value your privacy

      We use cookies and similar technologies to personalise content and ads, to provide social media \
      features and to analyse our traffic. You can change your choices at any time.

      Accept all cookies

      Reject all

      Manage consent""";

  static final String ERROR_PAGE = """
      Page not found

      Sorry, the page you are looking for does not exist or has been moved. Try the search box above \
      or return to our home page to find the latest news, sport and weather from across the region.""";
}
