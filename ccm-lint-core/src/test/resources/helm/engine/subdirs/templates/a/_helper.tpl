{{- define "subdirs.helper" -}}{{ .Template.BasePath }}/a/_helper.tpl{{- end -}}
