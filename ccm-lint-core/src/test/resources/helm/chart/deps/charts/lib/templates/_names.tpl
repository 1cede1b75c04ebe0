{{- define "lib.name" -}}
{{ .Release.Name }}-{{ .Chart.Name }}
{{- end }}
{{- define "lib.labels" -}}
app.kubernetes.io/name: {{ include "lib.name" . }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end }}
