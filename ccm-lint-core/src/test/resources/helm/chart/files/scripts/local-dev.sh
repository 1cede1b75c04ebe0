echo local
