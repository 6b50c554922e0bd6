// Package deploy checks the Kubernetes manifests in this folder against the
// Kubernetes API types: every field must exist in the schema with the right type
// (strict decoding, as a schema validator does), and the objects must fit together.
package deploy

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	"sigs.k8s.io/yaml"
)

// decodeStrict decodes a manifest into obj, failing on any field the API type
// does not have.
func decodeStrict(t *testing.T, name string, obj any) {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.UnmarshalStrict(b, obj); err != nil {
		t.Fatalf("%s does not match the Kubernetes schema: %v", name, err)
	}
}

func TestManifests(t *testing.T) {
	var (
		dep appsv1.Deployment
		svc corev1.Service
		hpa autoscalingv2.HorizontalPodAutoscaler
		pdb policyv1.PodDisruptionBudget
	)
	decodeStrict(t, "deployment.yaml", &dep)
	decodeStrict(t, "service.yaml", &svc)
	decodeStrict(t, "hpa.yaml", &hpa)
	decodeStrict(t, "pdb.yaml", &pdb)

	files, _ := filepath.Glob("*.yaml")
	if len(files) != 4 {
		t.Errorf("found %d manifests, want the 4 checked here: %v", len(files), files)
	}
	for _, o := range []struct{ kind, want string }{
		{dep.Kind, "Deployment"}, {svc.Kind, "Service"}, {hpa.Kind, "HorizontalPodAutoscaler"}, {pdb.Kind, "PodDisruptionBudget"},
	} {
		if o.kind != o.want {
			t.Errorf("kind %q, want %q", o.kind, o.want)
		}
	}

	labels := dep.Spec.Template.Labels
	matches := func(sel map[string]string) bool {
		for k, v := range sel {
			if labels[k] != v {
				return false
			}
		}
		return len(sel) > 0
	}
	if !matches(dep.Spec.Selector.MatchLabels) || !matches(svc.Spec.Selector) || !matches(pdb.Spec.Selector.MatchLabels) {
		t.Error("a selector does not match the pod template's labels")
	}
	if hpa.Spec.ScaleTargetRef.Kind != "Deployment" || hpa.Spec.ScaleTargetRef.Name != dep.Name {
		t.Errorf("the autoscaler targets %s/%s, want Deployment/%s", hpa.Spec.ScaleTargetRef.Kind, hpa.Spec.ScaleTargetRef.Name, dep.Name)
	}

	c := dep.Spec.Template.Spec.Containers[0]
	if c.ReadinessProbe == nil || c.ReadinessProbe.GRPC == nil || c.LivenessProbe == nil || c.LivenessProbe.GRPC == nil {
		t.Error("readiness and liveness must be native gRPC health probes")
	}
	if sc := c.SecurityContext; sc == nil || sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem {
		t.Error("the container must run with a read-only root filesystem")
	}
	if psc := dep.Spec.Template.Spec.SecurityContext; psc == nil || psc.RunAsNonRoot == nil || !*psc.RunAsNonRoot {
		t.Error("the pod must run as non-root")
	}
	if !memoryLimitedGC(c) {
		t.Error("a GOGC above the default needs GOMEMLIMIT set from the container's memory limit")
	}
	if !strings.Contains(strings.Join(c.Args, " "), "-metrics-addr") {
		t.Error("the container does not expose metrics")
	}
}

// memoryLimitedGC reports whether the container leaves GOGC at its default or
// bounds the heap with GOMEMLIMIT taken from its own memory limit.
func memoryLimitedGC(c corev1.Container) bool {
	gogc, limited := "", false
	for _, e := range c.Env {
		switch e.Name {
		case "GOGC":
			gogc = e.Value
		case "GOMEMLIMIT":
			ref := e.ValueFrom
			limited = ref != nil && ref.ResourceFieldRef != nil && ref.ResourceFieldRef.Resource == "limits.memory" &&
				c.Resources.Limits.Memory() != nil && !c.Resources.Limits.Memory().IsZero()
		}
	}
	return gogc == "" || gogc == "100" || limited
}
