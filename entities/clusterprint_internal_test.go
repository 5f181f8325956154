package entities

import (
	"hash/fnv"
	"testing"
)

// clusterPrints records, per featureVersion from the word clusters on, the
// FNV-64a sum of the embedded clusters file (data/clusters.txt). A model
// learns weights for cluster ids; a model file records its featureVersion
// but not the clusters it was trained with, so new clusters under the same
// featureVersion would let an old model load and read every cluster feature
// wrongly, silently. A new clusters file must therefore bump
// featureVersion (LoadModel then refuses older models), retrain the
// embedded model (go generate ./entities/) and record its sum here.
var clusterPrints = map[int]uint64{
	5: 0x728469e81739e651, // 2048 fine clusters in 256 coarse
}

// TestClusterPrint fails when the embedded clusters change without a new
// featureVersion (see clusterPrints).
func TestClusterPrint(t *testing.T) {
	h := fnv.New64a()
	h.Write([]byte(embeddedClusters))
	got := h.Sum64()
	want, ok := clusterPrints[featureVersion]
	if !ok {
		t.Fatalf("featureVersion %d has no clusters sum: record %#x in clusterPrints", featureVersion, got)
	}
	if got != want {
		t.Fatalf("data/clusters.txt changed (sum %#x, recorded %#x for featureVersion %d): bump featureVersion, retrain the model (go generate ./entities/) and record the new sum", got, want, featureVersion)
	}
}
