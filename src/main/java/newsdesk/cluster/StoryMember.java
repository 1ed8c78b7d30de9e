package newsdesk.cluster;

/**
 * A member of a story that revisable assignment may still move (see
 * {@link ClusteringConfig#reviseStories()}): what taking it out of its story and putting it into
 * another needs. Kept only by stories of at most {@link ClusteringConfig#reviseMaxMembers()}
 * members; a member too short to move keeps only its id and outlet.
 *
 * @param id        the document id
 * @param vector    its vector, or null when it is too short to move ({@code reviseMinTerms})
 * @param embedding its unit sentence embedding, or null (none, or too short to move)
 * @param outlet    who published it, or null when unknown
 * @param language  its language code
 * @param published publication time (epoch seconds), or Long.MIN_VALUE when unknown
 */
record StoryMember(String id, DocumentVector vector, float[] embedding, String outlet, String language, long published) {
  boolean movable() {
    return vector != null;
  }

  /** This member as a story keeps it when it cannot move: id and outlet only. */
  StoryMember fixed() {
    return new StoryMember(id, null, null, outlet, language, published);
  }
}
