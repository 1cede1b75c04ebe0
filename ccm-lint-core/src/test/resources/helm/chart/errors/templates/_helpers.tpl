{{- define "errors.host" -}}
{{ required "database.host is required" .Values.database.host }}
{{- end }}
{{- define "errors.port" -}}
{{ .Values.database.port.number }}
{{- end }}
{{- define "errors.wrap" -}}
port={{ include "errors.port" . }}
{{- end }}
