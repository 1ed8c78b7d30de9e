package newsdesk.cluster;
import java.nio.file.Path;
import java.util.*;
public final class StoryPairs {
  static double dot(DocumentVector a, DocumentVector b) {
    Map<Integer,Double> m = new HashMap<>();
    for (int i=0;i<a.terms().length;i++) m.put(a.terms()[i], a.weights()[i]);
    double s=0; for (int i=0;i<b.terms().length;i++) { Double w=m.get(b.terms()[i]); if (w!=null) s+=w*b.weights()[i]; }
    return s;
  }
  public static void main(String[] a) throws Exception {
    ClusteringHarness.analyzer = new DocumentAnalyzer();
    var docs = ClusteringHarness.load(Path.of("../shared/bench/clustering/ecbplus.dev.jsonl"), ClusteringHarness.analyzer, null);
    ClusteringConfig cfg = Configs.with(ClusteringConfig.defaults(), a.length>0?a[0]:"");
    List<String> pred = ClusteringHarness.run(docs, cfg);
    DocumentVectorizer v = new DocumentVectorizer(cfg);
    List<DocumentVector> vecs = new ArrayList<>();
    for (var l : docs) vecs.add(v.vectorize(l.doc()));
    // predicted stories with majority gold
    Map<String,List<Integer>> stories = new LinkedHashMap<>();
    for (int i=0;i<docs.size();i++) stories.computeIfAbsent(pred.get(i), k->new ArrayList<>()).add(i);
    List<String> ids = new ArrayList<>(stories.keySet());
    // for each pair of predicted stories within the same topic (gold prefix) print avg link cross and within
    for (int x=0;x<ids.size();x++) for (int y=x+1;y<ids.size();y++) {
      List<Integer> A=stories.get(ids.get(x)), B=stories.get(ids.get(y));
      String ta = docs.get(A.get(0)).gold().split("_")[0], tb = docs.get(B.get(0)).gold().split("_")[0];
      if (!ta.equals(tb)) continue;
      double cross=0; for (int i:A) for (int j:B) cross+=dot(vecs.get(i),vecs.get(j)); cross/=A.size()*B.size();
      double wa=within(A,vecs), wb=within(B,vecs);
      double[] fa=fit(A,B,vecs,cfg), fb=fit(B,A,vecs,cfg);
      System.out.printf(Locale.ROOT, "fitAtoB %.2f %.3f fitBtoA %.2f %.3f ", fa[0], fa[1], fb[0], fb[1]);
      System.out.printf(Locale.ROOT, "%-14s %-14s %2d %2d %s | %s cross %.3f within %.3f %.3f ratio %.2f%n", ids.get(x), ids.get(y), A.size(), B.size(), golds(A,docs), golds(B,docs), cross, wa, wb, cross/Math.min(wa,wb));
    }
  }
  static double[] fit(List<Integer> A, List<Integer> B, List<DocumentVector> vecs, ClusteringConfig cfg) {
    int ok=0; double sum=0;
    for (int i:A) { double c=0; for(int j:B) c+=dot(vecs.get(i),vecs.get(j)); c/=B.size(); double m=c-cfg.threshold(vecs.get(i).size()); sum+=m; if(m>=0) ok++; }
    return new double[]{(double)ok/A.size(), sum/A.size()};
  }
  static String golds(List<Integer> A, List<ClusteringHarness.Labelled> docs){ Map<String,Integer> c=new TreeMap<>(); for(int i:A) c.merge(docs.get(i).gold(),1,Integer::sum); return c.toString(); }
  static double within(List<Integer> A, List<DocumentVector> vecs){ if(A.size()<2) return Double.NaN; double s=0;int n=0; for(int i:A)for(int j:A) if(i<j){s+=dot(vecs.get(i),vecs.get(j));n++;} return s/n; }
}
