package newsdesk.text;

/** Kinds of named entity the {@link EntityExtractor} tells apart. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION
}
