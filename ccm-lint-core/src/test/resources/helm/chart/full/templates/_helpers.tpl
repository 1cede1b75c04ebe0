{{- define "full.name" -}}{{ .Release.Name }}-{{ .Chart.Name }}{{- end -}}
{{- define "full.labels" -}}
app: {{ include "full.name" . }}
{{- range $k, $v := .Values.labels }}
{{ $k }}: {{ $v }}
{{- end }}
{{- end -}}
