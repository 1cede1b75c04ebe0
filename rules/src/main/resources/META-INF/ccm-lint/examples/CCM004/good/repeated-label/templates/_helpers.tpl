{{- define "repeated-label.labels" -}}
app: {{ .Chart.Name }}
{{- end }}
